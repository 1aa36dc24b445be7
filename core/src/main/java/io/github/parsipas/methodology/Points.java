package io.github.parsipas.methodology;

import java.math.BigDecimal;

/** A maximum number of points, with how sure we are of it. */
public record Points(BigDecimal value, Status status, String source) {
}
