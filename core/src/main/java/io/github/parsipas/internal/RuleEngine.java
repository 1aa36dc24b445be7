package io.github.parsipas.internal;

import io.github.parsipas.facts.Outcome;
import io.github.parsipas.methodology.EvaluationException;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.RuleInfo;
import io.github.parsipas.methodology.Scheme;
import io.github.parsipas.report.Trace;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule base: the engine's generic scheme rules plus the compiled rules of each rule module the
 * methodology names, assembled straight from their executable models (no {@code kmodule.xml} at run
 * time). Built once per set of modules and shared (a KieBase is thread-safe); each evaluation gets its
 * own session, disposed at the end. Drools types never leave this package.
 */
public final class RuleEngine {

    /** The module of the generic rules, compiled with this library. */
    static final String SCHEMES = "io.github.parsipas/parsipas-core";

    private static final Map<List<String>, KieBase> BASES = new ConcurrentHashMap<>();

    private final KieBase kieBase;

    /** @param modules rule modules as {@code groupId/artifactId}, e.g. {@code io.github.parsipas/parsipas-rules} */
    public RuleEngine(List<String> modules) {
        List<String> all = new ArrayList<>(List.of(SCHEMES));
        modules.stream().filter(m -> !all.contains(m)).forEach(all::add);
        this.kieBase = BASES.computeIfAbsent(List.copyOf(all), RuleEngine::build);
        Set<Scheme> missing = EnumSet.allOf(Scheme.class);
        missing.removeAll(schemes());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no rule implements the schemes " + missing);
        }
    }

    private static KieBase build(List<String> modules) {
        List<Model> models = new ArrayList<>();
        for (String module : modules) {
            for (String type : modelClasses(module)) {
                try {
                    models.add((Model) Class.forName(type, true, RuleEngine.class.getClassLoader()).getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException | ClassCastException e) {
                    throw new IllegalStateException("rule module " + module + ": cannot load its compiled rules " + type, e);
                }
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** The model classes the build listed for a module (first line: the model version). */
    private static List<String> modelClasses(String module) {
        String resource = "META-INF/kie/" + module + "/drools-model";
        try (InputStream in = RuleEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule module " + module + " is not on the classpath (no " + resource
                        + "); is its jar a dependency, built with the kie-maven-plugin's executable model?");
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")).skip(1)
                    .map(String::trim).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Inserts the facts, fires every rule, and returns what fired, named and cited after the methodology's items
     * ({@code trace}: the language of its facts), or nothing ({@code null}: for evaluations whose points alone are read).
     */
    public List<Trace> run(List<Object> facts, Outcome outcome, Methodology methodology, io.github.parsipas.text.Language trace) {
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("outcome", outcome);
            TraceListener listener = trace != null ? new TraceListener(methodology, trace) : null;
            if (listener != null) {
                session.addEventListener(listener);
            }
            facts.forEach(session::insert);
            session.fireAllRules();
            return listener == null ? List.of() : listener.traces();
        } catch (ConsequenceException e) {
            throw new EvaluationException("rule \"" + e.getRule().getName() + "\" failed: " + e.getCause(), e.getRule().getName(),
                    String.valueOf(e.getRule().getMetaData().get("criterion")), e.getCause());
        } finally {
            session.dispose();
        }
    }

    /**
     * Each rule written for one criterion, with no source yet: its criterion code (metadata {@code @criterion}) or
     * {@code null}, and what it checks — the name after the code, and in Vietnamese metadata {@code @vi}.
     */
    public List<RuleInfo> criterionRules() {
        List<RuleInfo> rules = new java.util.ArrayList<>();
        for (Rule rule : rules()) {
            if (!rule.getMetaData().containsKey("scheme")) {
                Object criterion = rule.getMetaData().get("criterion");
                Object vi = rule.getMetaData().get("vi");
                String en = rule.getName().substring(rule.getName().indexOf(':') + 1).strip();
                rules.add(new RuleInfo(rule.getName(), criterion == null ? null : criterion.toString(), null,
                        vi == null ? null : new io.github.parsipas.text.Text(vi.toString(), en)));
            }
        }
        return rules;
    }

    /**
     * The parameters the rules written for a criterion read besides the criterion's own, by criterion code: their metadata
     * {@code @parameters} (names separated by spaces), so that traces and explanations show what the rules used.
     */
    public Map<String, Set<String>> ruleParameters() {
        Map<String, Set<String>> read = new TreeMap<>();
        for (Rule rule : rules()) {
            Object names = rule.getMetaData().get("parameters");
            Object criterion = rule.getMetaData().get("criterion");
            if (names != null && criterion != null) {
                read.computeIfAbsent(criterion.toString(), c -> new java.util.TreeSet<>()).addAll(List.of(names.toString().split(" ")));
            }
        }
        return read;
    }

    /** The schemes the generic rules implement (metadata {@code @scheme}, scheme codes separated by spaces). */
    public Set<Scheme> schemes() {
        Set<Scheme> schemes = EnumSet.noneOf(Scheme.class);
        for (Rule rule : rules()) {
            Object codes = rule.getMetaData().get("scheme");
            if (codes != null) {
                for (String code : codes.toString().split(" ")) {
                    Arrays.stream(Scheme.values()).filter(s -> s.code().equals(code)).forEach(schemes::add);
                }
            }
        }
        return schemes;
    }

    private List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            rules.addAll(kiePackage.getRules());
        }
        return rules;
    }
}
