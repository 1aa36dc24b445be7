package io.github.parsipas.facts;

import io.github.parsipas.text.Language;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A count group of the snapshot as it stands, e.g. {@code civilService.discipline}: for rules that judge counts, not shares.
 *
 * @param empty true when the group's rate has nothing to divide by (its whole is 0)
 */
public record Counts(String group, Map<String, Long> values, boolean empty) implements Fact {

    public long count(String name) {
        Long value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(group + " has no count " + name);
        }
        return value;
    }

    public String path() {
        return "$." + group;
    }

    @Override
    public String describe(Language language) {
        String counts = values.entrySet().stream().map(e -> e.getKey() + " = " + Described.count(e.getValue()).in(language))
                .collect(Collectors.joining(", "));
        return Described.format("counts", Map.of("group", Described.verbatim(group), "path", Described.verbatim(path()),
                "counts", Described.verbatim(counts)), language);
    }
}
