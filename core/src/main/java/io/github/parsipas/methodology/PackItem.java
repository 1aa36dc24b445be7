package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An {@link Item} as a pack file declares it. */
record PackItem(
        String code,
        Kind kind,
        @Nullable Integer area,
        @Nullable String group,
        Text name,
        Citation source,
        Status status,
        List<String> appliesTo,
        List<String> roles,
        @Nullable String lead,
        @Nullable Status leadStatus,
        List<String> inputs,
        @Nullable LocalDate deadline,
        @Nullable Status deadlineStatus,
        @Nullable Schedule schedule,
        Map<String, Parameter> parameters,
        List<Check> checks,
        @Nullable Points maxPoints,
        @Nullable Bands bands,
        Map<String, Text> messages,
        Text recommendation,
        Boolean annual,
        Boolean recoverable,
        List<String> proposes) implements Item {

    PackItem {
        annual = Boolean.TRUE.equals(annual);
        recoverable = !Boolean.FALSE.equals(recoverable);
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        roles = roles == null ? List.of() : List.copyOf(roles);
        proposes = proposes == null ? List.of() : List.copyOf(proposes);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
        List<String> in = inputs;
        checks = checks == null ? List.of() : checks.stream().map(c -> c.withDefaults(in)).toList();
    }
}
