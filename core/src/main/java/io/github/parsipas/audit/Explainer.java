package io.github.parsipas.audit;

import io.github.parsipas.Evaluator;
import io.github.parsipas.facts.Rate;
import io.github.parsipas.facts.Requirement;
import io.github.parsipas.internal.Evaluation;
import io.github.parsipas.methodology.DatedValue;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template;
import io.github.parsipas.methodology.Parameter;
import io.github.parsipas.methodology.RuleInfo;
import io.github.parsipas.methodology.Scheme;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.Trace;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a criterion or target gave the findings it gave — or none: the item, the values its checks and rules
 * read as the evaluation applied them (the requirement its trace shows: method version, status, source), the
 * findings, the rules that fired on which facts, and, when nothing was found, which condition did not hold,
 * with the input values.
 */
public final class Explainer {

    private final Evaluator evaluator;
    /** The evaluator's engine on the same methodology (its rule base is shared): the plans, as evaluations derive them. */
    private final Evaluation evaluation;

    public Explainer(Evaluator evaluator) {
        this.evaluator = evaluator;
        this.evaluation = new Evaluation(evaluator.methodology());
    }

    public String explain(Snapshot snapshot, String code, Language language) {
        Item item = evaluator.methodology().item(code).orElseThrow(() -> new InvalidInputException("explain",
                List.of(InputProblem.of("<finding-code>", "\"" + code + "\"", "input.expected.itemCode",
                        Map.of("values", Template.Arg.verbatim(String.join(", ", evaluator.methodology().items().keySet())))))));
        Report report = evaluation.run(snapshot, null, language); // as the evaluator's, its trace in the reader's language
        Lines out = new Lines();
        out.line(item.code() + " — " + item.name().in(language));
        out.line(label("source", language) + ": " + item.source().describe());
        out.line(label("status", language) + ": " + item.status().label(language));
        evaluator.methodology().leadOf(item).ifPresent(lead -> out.line(label("lead", language) + ": " + lead.name().in(language)
                + " (" + lead.code() + ", " + evaluator.methodology().leadStatus(item).label(language) + ")"));
        out.line(label("applies", language) + ": " + String.join("; ", item.appliesTo().stream().map(k -> kind(k, language)).toList()));
        out.line(label("inputs", language) + ": " + String.join(", ", item.inputs().stream().map(i -> "`" + i + "`").toList()));
        Optional<Requirement> requirement = evaluation.requirement(snapshot, code, null);
        requirement.ifPresent(r -> parameters(out, r, snapshot, language));

        List<Finding> findings = report.findings().stream().filter(f -> f.code().equals(code)).toList();
        out.line("");
        out.line(label("findings", language) + ":" + (findings.isEmpty() ? " " + label("none", language) : ""));
        findings.forEach(f -> out.line("- " + kindLabel(f.kind(), language) + " [" + f.scope() + "] " + f.message().in(language)
                + (f.evidence() == null ? "" : " (`" + f.evidence().path() + "`: " + f.evidence().observed().in(language) + ")")));

        out.line("");
        out.line(label("rules", language) + ":");
        for (RuleInfo rule : evaluator.rules().stream().filter(r -> code.equals(r.criterion())).toList()) {
            List<Trace> traces = report.explanation().stream().filter(t -> t.rule().equals(rule.name())).toList();
            String what = rule.description() == null ? rule.name() : rule.criterion() + ": " + rule.description().in(language);
            out.line("- \"" + what + "\" (" + rule.source() + "): " + (traces.isEmpty() ? label("silent", language) : label("fired", language)));
            traces.forEach(t -> t.facts().forEach(fact -> out.line("    " + fact)));
        }
        if (findings.stream().noneMatch(f -> f.kind() == FindingKind.WARNING || f.kind() == FindingKind.DEDUCTION)) {
            out.line("");
            out.line(label("whyNot", language) + ":");
            whyNot(out, item, requirement, snapshot, report, language);
        }
        return out.toString();
    }

    /** The values the requirement's checks and rules read, as its trace shows them. */
    private static void parameters(Lines out, Requirement requirement, Snapshot snapshot, Language language) {
        if (requirement.applied().isEmpty()) {
            return;
        }
        out.line(label("parameters", language) + " (" + language.date(snapshot.asOf())
                + (requirement.version() == null ? "" : ", " + requirement.version()) + "):");
        for (Requirement.Applied a : requirement.applied()) {
            String value = a.value() != null ? plain(a.value(), language) + unit(a.unit(), language) : bands(requirement.item(), language);
            String basis = a.version() != null ? ", " + label("under", language) + " " + a.version()
                    : a.from() != null ? ", " + label("from", language) + " " + language.date(a.from()) : "";
            out.line("- `" + a.name() + "` = " + value + " (" + a.status().label(language) + basis + "; " + a.source().in(language) + ")");
        }
    }

    /** A parameter's unit after its value: {@code 98%}, {@code 5 ngày}; a unit the messages do not name, as the pack writes it. */
    private static String unit(String unit, Language language) {
        String key = "unit." + unit;
        return unit.isEmpty() ? "" : Messages.all(language).containsKey(key) ? Messages.get(key, language) : " " + unit;
    }

    private static String bands(Item item, Language language) {
        StringBuilder bands = new StringBuilder();
        item.bands().steps().forEach(b -> bands.append(bands.length() == 0 ? "" : "; ").append("≥ ").append(plain(b.atLeast(), language))
                .append("% → ").append(plain(b.share(), language)));
        return bands.toString();
    }

    private void whyNot(Lines out, Item item, Optional<Requirement> requirement, Snapshot snapshot, Report report, Language language) {
        String kind = snapshot.unit().kind().code();
        if (!item.appliesTo().contains(kind)) {
            out.line("- " + label("notApplicable", language) + " " + kind(kind, language) + " (" + label("applies", language) + ": "
                    + String.join("; ", item.appliesTo().stream().map(k -> kind(k, language)).toList()) + ")");
            return;
        }
        if (requirement.isEmpty()) { // asked, but not in force: one of its own parameters has no value under the method version, or its pack
            String version = evaluation.methodVersion(item, snapshot, null);
            for (Map.Entry<String, Parameter> p : item.parameters().entrySet()) {
                if (p.getValue().at(snapshot.asOf(), version).isEmpty()) {
                    out.line("- `" + p.getKey() + "` " + label("notInForce", language) + " " + language.date(snapshot.asOf())
                            + (version == null ? "" : " (" + version + ")"));
                    return;
                }
            }
            java.time.LocalDate from = evaluator.methodology().packOf(item).inForceFrom();
            if (from != null && snapshot.asOf().isBefore(from)) {
                out.line("- " + evaluator.methodology().packOf(item).id() + " " + label("notInForce", language) + " " + language.date(snapshot.asOf())
                        + " (" + language.date(from) + ")");
                return;
            }
            return;
        }
        Optional<CriterionScore> score = report.criteria().stream().filter(c -> c.code().equals(item.code())).findFirst();
        if (score.isPresent()) {
            out.line("- " + label("scored", language) + " " + plain(score.get().points(), language) + "/" + plain(score.get().maxPoints(), language)
                    + ": `" + score.get().evidence().path() + "` " + score.get().evidence().observed().in(language));
            return;
        }
        for (Object fact : evaluation.factsFor(snapshot, item)) {
            if (fact instanceof Rate rate) {
                Optional<BigDecimal> minimum = item.checks().stream()
                        .filter(c -> c.scheme() == Scheme.BELOW && (c.measure().equals(rate.measure())))
                        .map(c -> requirement.get().parameters().get(c.parameter())).filter(java.util.Objects::nonNull)
                        .map(DatedValue::value).findFirst();
                out.line("- " + rate.describe(language) + minimum.map(m -> " " + label("notBelow", language) + " " + plain(m, language)
                        + "%, " + label("conditionFails", language)).orElse(""));
            } else if (fact instanceof io.github.parsipas.facts.Fact other) {
                out.line("- " + other.describe(language));
            }
        }
    }

    private static String label(String key, Language language) {
        return Messages.get("explain." + key, language);
    }

    private static String plain(BigDecimal number, Language language) {
        return language.number(number.stripTrailingZeros());
    }

    private static String kind(String code, Language language) {
        return Messages.get("kind." + code, language); // a pack's unit kinds are the snapshot's (PackValidator)
    }

    private static String kindLabel(FindingKind kind, Language language) {
        return Messages.get("kind.finding." + kind.code(), language);
    }

    /** Lines of text. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            text.append(line).append('\n');
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
