package io.github.parsipas.methodology;

import java.math.BigDecimal;

/** One step of a rate-band scale: a rate of at least {@code atLeast} percent earns {@code share} of the maximum. */
public record Band(BigDecimal atLeast, BigDecimal share) {
}
