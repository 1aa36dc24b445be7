package io.github.parsipas.methodology;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One criterion of a scoring method, or one target of a plan, as a pack declares it.
 *
 * @param kind        {@code target} (a plan target: findings are warnings) or {@code criterion} (scored: findings are deductions)
 * @param area        PAR area (1–8) it belongs to; its lead agency follows from the pack's area leads unless {@code lead} is set
 * @param appliesTo   unit kinds asked for it ({@code city}, {@code department}, {@code ward-commune})
 * @param inputs      snapshot sections it needs; when one is absent the item is "cannot evaluate"
 * @param deadline    date by which the target must be met, or {@code null} when continuous
 * @param maxPoints   for a criterion, its maximum
 * @param bands       for a criterion scored on a rate, its scale
 * @param messages    finding texts by key, with {@code {placeholders}}
 * @param recommendation what to do, from the source text
 */
public record Item(
        String code,
        Kind kind,
        Integer area,
        Text name,
        Citation source,
        Status status,
        List<String> appliesTo,
        String lead,
        List<String> inputs,
        LocalDate deadline,
        Map<String, Parameter> parameters,
        Points maxPoints,
        Bands bands,
        Map<String, Text> messages,
        Text recommendation) {

    public Item {
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
    }

    public enum Kind {
        TARGET, CRITERION;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
