package io.github.parsipas.internal;

import io.github.parsipas.facts.Check;
import io.github.parsipas.facts.Fact;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.report.Trace;
import io.github.parsipas.text.Language;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records each rule firing with the facts it matched: the raw material of explanations. A generic scheme
 * rule is recorded under the name of the item's check it applied; every firing cites its item's source.
 */
final class TraceListener extends DefaultAgendaEventListener {

    private final Methodology methodology;
    private final List<Trace> traces = new ArrayList<>();
    /** Each fact described once however many firings match it. */
    private final Map<Object, String> described = new IdentityHashMap<>();

    private final Language language;

    TraceListener(Methodology methodology, Language language) {
        this.methodology = methodology;
        this.language = language;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        List<String> facts = match.getObjects().stream()
                .map(o -> described.computeIfAbsent(o, f -> f instanceof Fact fact ? fact.describe(language) : String.valueOf(f))).toList();
        Check check = match.getRule().getMetaData().containsKey("scheme")
                ? match.getObjects().stream().filter(Check.class::isInstance).map(Check.class::cast).findFirst().orElseThrow()
                : null;
        String name = check != null ? check.ruleName() : match.getRule().getName();
        String criterion = check != null ? check.getCode() : String.valueOf(match.getRule().getMetaData().get("criterion"));
        // A rule without a known criterion still shows in the trace; RuleSetAuditTest fails the build for it.
        String source = methodology.item(criterion).map(item -> item.source().describe()).orElse("null");
        traces.add(new Trace(name, criterion, source, facts));
    }

    List<Trace> traces() {
        Map<Trace, String> factsKey = new IdentityHashMap<>();
        traces.forEach(t -> factsKey.put(t, String.join("|", t.facts())));
        List<Trace> sorted = new ArrayList<>(traces);
        sorted.sort(Comparator.comparing(Trace::rule).thenComparing(factsKey::get));
        return sorted;
    }
}
