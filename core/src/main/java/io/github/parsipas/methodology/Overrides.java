package io.github.parsipas.methodology;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Official values that replace provisional ones, read from a parameter file, e.g.
 * <pre>{@code
 * areas:
 *   2: {maxPoints: {value: 12, status: confirmed, source: "MOHA guidance, annex 1"}}
 * items:
 *   PAR-7.3: {parameters: {target: {unit: percent, values: [{version: "1187/QĐ-BNV", value: 70, status: confirmed, source: "…"}]}}}
 * }</pre>
 */
public record Overrides(Map<Integer, AreaOverride> areas, Map<String, ItemOverride> items) {

    public Overrides {
        areas = areas == null ? Map.of() : Map.copyOf(areas);
        items = items == null ? Map.of() : Map.copyOf(items);
    }

    /** New maximum or survey points for an area; {@code null} keeps the pack's. */
    public record AreaOverride(@Nullable Points maxPoints, @Nullable Points surveyPoints) {
    }

    /**
     * New maximum points or parameter values for an item: a value replaces the pack's value of the
     * same date or version; the pack's other values stay.
     */
    public record ItemOverride(@Nullable Points maxPoints, Map<String, Parameter> parameters) {
        public ItemOverride {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }
}
