package io.github.parsipas.report;

/**
 * What was observed against what was required, and where in the input the observation comes from.
 *
 * @param path     JSON path in the snapshot
 * @param observed the observed value, e.g. {@code 97.90% (479/489)}
 * @param required what the rule requires, e.g. {@code ≥ 98%}
 */
public record Evidence(String path, String observed, String required) {
}
