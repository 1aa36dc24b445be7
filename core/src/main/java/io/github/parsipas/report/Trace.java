package io.github.parsipas.report;

import java.util.List;

/** One rule firing: the rule, its criterion and source, and the facts it matched. */
public record Trace(String rule, String criterion, String source, List<String> facts) {
    public Trace {
        facts = List.copyOf(facts);
    }
}
