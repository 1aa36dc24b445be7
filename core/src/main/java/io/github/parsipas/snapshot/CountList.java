package io.github.parsipas.snapshot;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A list of entries with the same counts, e.g. dossiers per field ({@code tthc.fields}): each entry has a
 * unique {@code code}, a {@code name} and the counts. Rules see a rate per entry (measure {@code path})
 * and one over every entry (measure {@link #totalMeasure()}).
 *
 * @param totalName the name of all entries together, as messages show it
 * @param notes     what some counts mean, by count name
 */
public record CountList(String path, List<String> counts, Boolean nested, @Nullable RateDefinition rate, String totalName,
                        Map<String, String> notes, String description) {

    public CountList {
        counts = List.copyOf(counts);
        nested = Boolean.TRUE.equals(nested);
        notes = notes == null ? Map.of() : Map.copyOf(notes);
        if (rate == null && counts.size() == 2) {
            rate = new RateDefinition(counts.get(1), counts.get(0), false);
        }
    }

    public String totalMeasure() {
        return path + ".total";
    }

    /** One entry of the list. */
    public record Entry(String code, String name, Map<String, Long> counts) {
        public Entry {
            counts = Map.copyOf(counts);
        }
    }
}
