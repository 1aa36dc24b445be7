package io.github.parsipas.audit;

import java.util.List;

/**
 * What a set of fixtures exercises. A rule is shown silent only where its item was judged on present data:
 * silence because the item was not asked, not in force or lacked its data proves nothing of the rule.
 *
 * @param neverFired               rules that found nothing in any fixture: never fired, or for a criterion's rule (which
 *                                 fires whenever it scores), never deducted
 * @param neverSilentOnPresentData rules that fired in every fixture where their item was judged, or whose item no
 *                                 fixture judged
 * @param onlyNotEvaluable         of the latter, rules whose item was never judged at all: fixtures only ever lacked
 *                                 its data or did not ask it (the count "not evaluable", apart)
 * @param itemsWithoutRule         pack criteria and targets that no rule decides
 */
public record Coverage(List<String> neverFired, List<String> neverSilentOnPresentData, List<String> onlyNotEvaluable,
                       List<String> itemsWithoutRule) {
    public Coverage {
        neverFired = List.copyOf(neverFired);
        neverSilentOnPresentData = List.copyOf(neverSilentOnPresentData);
        onlyNotEvaluable = List.copyOf(onlyNotEvaluable);
        itemsWithoutRule = List.copyOf(itemsWithoutRule);
    }
}
