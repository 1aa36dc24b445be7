package io.github.parsipas.snapshot;

import java.math.BigDecimal;

/** A number the sources give only as such (e.g. a projected index in percent), with its allowed range. */
public record ValueInput(String path, BigDecimal min, BigDecimal max, String description) {
}
