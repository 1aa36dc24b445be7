package io.github.parsipas.audit;

import java.util.List;
import java.util.Set;

/**
 * The outcome of one fixture: each failure is a sentence in the fixture's own terms (expected vs actual).
 *
 * @param firedRules the rules that fired, for coverage
 */
public record FixtureResult(Fixture fixture, List<String> failures, Set<String> firedRules) {
    public FixtureResult {
        failures = List.copyOf(failures);
        firedRules = Set.copyOf(firedRules);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
