package io.github.parsipas.facts;

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
    public String describe() {
        return group + " at " + path() + ": " + values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
