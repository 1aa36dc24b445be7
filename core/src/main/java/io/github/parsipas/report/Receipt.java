package io.github.parsipas.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What it takes to reproduce a report: the library version, a hash of the rule set (rules and packs),
 * the methodology versions used, a hash of the input and the evaluation date.
 *
 * @param inputSha256 {@link io.github.parsipas.snapshot.Snapshot#inputSha256()}: the SHA-256 of the input document in
 *                    RFC 8785 canonical JSON, so JSON and YAML of the same data hash alike and anyone can recompute it;
 *                    {@code null} for a snapshot whose counts were changed in code
 */
public record Receipt(String library, String version, String rulesetSha256, List<String> methodologies,
                      String inputSha256, LocalDate asOf) {
    public Receipt {
        methodologies = List.copyOf(methodologies);
    }
}
