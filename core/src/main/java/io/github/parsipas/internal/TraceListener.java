package io.github.parsipas.internal;

import io.github.parsipas.facts.Fact;
import io.github.parsipas.report.Trace;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Records each rule firing with its metadata and the facts it matched: the raw material of explanations. */
final class TraceListener extends DefaultAgendaEventListener {

    private final List<Trace> traces = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        List<String> facts = match.getObjects().stream()
                .map(o -> o instanceof Fact fact ? fact.describe() : String.valueOf(o)).toList();
        Object criterion = match.getRule().getMetaData().get("criterion");
        Object source = match.getRule().getMetaData().get("source");
        // A rule without metadata still shows in the trace; RuleSetAuditTest fails the build for it.
        traces.add(new Trace(match.getRule().getName(), String.valueOf(criterion), String.valueOf(source), facts));
    }

    List<Trace> traces() {
        List<Trace> sorted = new ArrayList<>(traces);
        sorted.sort(Comparator.comparing(Trace::rule).thenComparing(t -> String.join("|", t.facts())));
        return sorted;
    }
}
