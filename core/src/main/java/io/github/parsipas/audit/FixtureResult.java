package io.github.parsipas.audit;

import java.util.List;
import java.util.Set;

/**
 * The outcome of one fixture: each failure is a sentence in the fixture's own terms (expected vs actual).
 *
 * @param firedRules  the rules that fired, for coverage
 * @param silentRules the rules whose item was judged on the fixture's data without them finding anything: not fired, or
 *                    for a criterion's rule (which fires whenever it scores), scored without a deduction
 * @param judgedItems the criteria and targets judged on the fixture's data (asked, in force, inputs present)
 */
public record FixtureResult(Fixture fixture, List<String> failures, Set<String> firedRules, Set<String> silentRules, Set<String> judgedItems) {
    public FixtureResult {
        failures = List.copyOf(failures);
        firedRules = Set.copyOf(firedRules);
        silentRules = Set.copyOf(silentRules);
        judgedItems = Set.copyOf(judgedItems);
    }

    static FixtureResult failed(Fixture fixture, List<String> failures) {
        return new FixtureResult(fixture, failures, Set.of(), Set.of(), Set.of());
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
