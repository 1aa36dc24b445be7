package io.github.parsipas.snapshot;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A part of the snapshot made only of counts, e.g. {@code finance.disbursement: {plannedMillionVnd,
 * disbursedMillionVnd}}, as a rule set declares it.
 *
 * @param path        where it sits in the snapshot, without {@code $.}
 * @param counts      its counts, in order, all required
 * @param nested      true when each count is part of the one before (received ⊇ resolved ⊇ on time), so may not exceed it
 * @param rate        the share rules judge; by default the second count over the first in a group of two
 * @param atMost      counts that may not exceed another of the group, outside the nesting: count → the other
 * @param description what it is, for the schema and the docs
 * @param unit        what its counts measure when not things counted: {@code million-vnd}, {@code vnd}, {@code days}
 *                    ({@link #UNITS}); {@code count} when not declared
 */
public record CountGroup(String path, List<String> counts, Boolean nested, @Nullable RateDefinition rate, Map<String, String> atMost,
                         String description, String unit) {

    /** The units of measure a count group may declare; {@code count} is things counted (dossiers, procedures, officials). */
    public static final List<String> UNITS = List.of("count", "million-vnd", "vnd", "days");

    public CountGroup {
        unit = unit == null ? UNITS.get(0) : unit;
        if (!UNITS.contains(unit)) {
            throw new IllegalArgumentException(path + ": unit " + unit + " is not one of " + UNITS);
        }
        counts = List.copyOf(counts);
        atMost = atMost == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(atMost));
        nested = Boolean.TRUE.equals(nested);
        if (rate == null && counts.size() == 2) {
            rate = new RateDefinition(counts.get(1), counts.get(0), false);
        }
    }

    /** The last segment of the path: the key in its parent object. */
    public String key() {
        return Paths.key(path);
    }

    /** The path of the parent object. */
    public String parent() {
        return Paths.parent(path);
    }
}
