package io.github.parsipas.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What it takes to reproduce a report: the library version, a hash of the rule set (rules and packs),
 * the methodology versions used, a hash of the input (of its content, so JSON and YAML of the same
 * data hash alike) and the evaluation date.
 */
public record Receipt(String library, String version, String rulesetSha256, List<String> methodologies,
                      String inputSha256, LocalDate asOf) {
    public Receipt {
        methodologies = List.copyOf(methodologies);
    }
}
