package io.github.parsipas.snapshot;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A number the sources give only as such (e.g. a projected index in percent), with its allowed range.
 *
 * @param shareOf a count group this value is the share of, in percent, when a source gives the share without its
 *                counts (the portal's ratio-only indicators); {@code null} for a value of its own
 */
public record ValueInput(String path, BigDecimal min, BigDecimal max, @Nullable String shareOf, String description) {
}
