package io.github.parsipas.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a group's counts become a share: {@code part / whole}. The part is a count, or a count less others
 * ({@code baseline - current}: a cut against a baseline).
 *
 * @param part        a count name, or names joined by {@code " - "}
 * @param whole       the count divided by
 * @param floorAtZero true when a part below zero counts as zero
 */
public record RateDefinition(String part, String whole, Boolean floorAtZero) {

    public RateDefinition {
        floorAtZero = Boolean.TRUE.equals(floorAtZero);
    }

    /** The names in the part: the first added, the others subtracted. */
    public List<String> terms() {
        List<String> terms = new ArrayList<>();
        for (String term : part.split("-")) {
            terms.add(term.trim());
        }
        return terms;
    }

    /** The part's value for these counts. */
    public long part(Map<String, Long> counts) {
        List<String> terms = terms();
        long value = counts.get(terms.get(0));
        for (String term : terms.subList(1, terms.size())) {
            value -= counts.get(term);
        }
        return floorAtZero ? Math.max(0, value) : value;
    }

    /** For people: {@code onTime / due}, {@code (baseline − current) / baseline}. */
    public String describe() {
        List<String> terms = terms();
        String part = terms.size() == 1 ? terms.get(0) : "(" + String.join(" − ", terms) + ")";
        return part + " / " + whole + (floorAtZero ? ", below zero counted as zero" : "");
    }
}
