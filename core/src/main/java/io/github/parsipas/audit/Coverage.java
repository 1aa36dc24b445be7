package io.github.parsipas.audit;

import java.util.List;

/**
 * What a set of fixtures exercises.
 *
 * @param neverFired      rules that fired in no fixture
 * @param alwaysFired     rules that fired in every fixture (never shown silent)
 * @param itemsWithoutRule pack criteria and targets that no rule decides
 */
public record Coverage(List<String> neverFired, List<String> alwaysFired, List<String> itemsWithoutRule) {
    public Coverage {
        neverFired = List.copyOf(neverFired);
        alwaysFired = List.copyOf(alwaysFired);
        itemsWithoutRule = List.copyOf(itemsWithoutRule);
    }
}
