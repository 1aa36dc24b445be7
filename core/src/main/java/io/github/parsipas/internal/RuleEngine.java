package io.github.parsipas.internal;

import io.github.parsipas.audit.RuleInfo;
import io.github.parsipas.facts.Outcome;
import io.github.parsipas.report.Trace;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs the bundled rule base. The KieBase is built once (it is thread-safe); each evaluation gets
 * its own session, disposed at the end. Internal: Drools types never leave this package.
 */
public final class RuleEngine {

    public static final String KIE_BASE = "parsipas";

    private final KieBase kieBase;

    public RuleEngine() {
        KieBase base;
        try {
            base = KieServices.Factory.get().getKieClasspathContainer(RuleEngine.class.getClassLoader()).getKieBase(KIE_BASE);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load the ParSipas rule base \"" + KIE_BASE
                    + "\": is io.github.parsipas:parsipas-rules on the classpath? (" + e.getMessage() + ")", e);
        }
        if (base == null) {
            throw new IllegalStateException("the ParSipas rule base \"" + KIE_BASE + "\" was not found on the classpath");
        }
        this.kieBase = base;
    }

    /** Inserts the facts, fires every rule, and returns what fired, in a stable order. */
    public List<Trace> run(List<Object> facts, Outcome outcome) {
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("outcome", outcome);
            TraceListener listener = new TraceListener();
            session.addEventListener(listener);
            facts.forEach(session::insert);
            session.fireAllRules();
            return listener.traces();
        } finally {
            session.dispose();
        }
    }

    /** Every rule with its criterion and source metadata, sorted by name: what an audit reads. */
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                rules.add(new RuleInfo(rule.getName(), text(meta.get("criterion")), text(meta.get("source"))));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::name));
        return List.copyOf(rules);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
