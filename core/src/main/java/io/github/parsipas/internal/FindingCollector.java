package io.github.parsipas.internal;

import io.github.parsipas.facts.Check;
import io.github.parsipas.facts.Counts;
import io.github.parsipas.facts.Deadline;
import io.github.parsipas.facts.GivenShare;
import io.github.parsipas.facts.Outcome;
import io.github.parsipas.facts.Rate;
import io.github.parsipas.facts.Requirement;
import io.github.parsipas.facts.Share;
import io.github.parsipas.facts.SurveyScore;
import io.github.parsipas.facts.Trend;
import io.github.parsipas.facts.Value;
import io.github.parsipas.methodology.IndexDefinition;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Scheme;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.report.Evidence;
import io.github.parsipas.report.Measure;
import io.github.parsipas.report.Threshold;
import io.github.parsipas.report.Unconfirmed;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.snapshot.DatedList;
import io.github.parsipas.snapshot.InputRef;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's side of {@link Outcome}: for each conclusion of a rule, the values its message may name
 * and the evidence it rests on, typed, so numbers and dates are written per language and input text as it is.
 */
final class FindingCollector implements Outcome {

    /** The parameters that set due dates: what a deadline's finding rests on. */
    private static final String[] DUE_PARAMETERS = {DatedList.REPORTS.dueParameter(), DatedList.LEGAL_DOCUMENTS.dueParameter()};

    private final Methodology methodology;
    private final Findings findings;

    FindingCollector(Methodology methodology, Findings findings) {
        this.methodology = methodology;
        this.findings = findings;
    }

    @Override
    public void score(Check check, Share share) {
        Requirement criterion = check.getRequirement();
        Scoring.Scored scored = Scoring.of(check.getScheme(), criterion, check.spec().parameter(), share);
        BigDecimal max = methodology.criterionMax(criterion.item());
        findings.scored(criterion, max.multiply(scored.fraction()),
                new Evidence(ref(share.path(), share.scope()), measure(share), scored.scale(), null), share.scope(), criterionUnconfirmed(check, criterion));
    }

    @Override
    public void scoreNone(Check check, Counts counts) {
        Requirement criterion = check.getRequirement();
        boolean full = check.spec().whenNone() == Item.Check.WhenNone.FULL;
        if (full && check.spec().follows() != null) {
            following.add(new Following(check, counts));
            return; // once the criterion it follows is scored: settle()
        }
        BigDecimal max = methodology.criterionMax(criterion.item());
        InputRef ref = ref(counts.path(), "all");
        findings.scored(criterion, full ? max : BigDecimal.ZERO, new Evidence(ref, Measure.none(unit(ref)),
                Threshold.scale(full ? Threshold.Scale.FULL_WHEN_NONE : Threshold.Scale.ZERO_WHEN_NONE, null, null, null), null), "all",
                criterionUnconfirmed(check, criterion));
    }

    private record Following(Check check, Counts counts) {
    }

    private final List<Following> following = new java.util.ArrayList<>();

    /**
     * Scores the criteria with nothing to count whose points partly follow another criterion (the operator's reading of
     * PAKN without petitions): {@code max × (1 − s + s × followed points / followed max)}, {@code s} the item's
     * {@value Item.Check#NONE_FOLLOWS} share; with {@code s} = 0, full points. Called once every rule has fired.
     */
    void settle() {
        for (Following f : following) {
            Requirement criterion = f.check().getRequirement();
            BigDecimal share = criterion.param(Item.Check.NONE_FOLLOWS);
            BigDecimal max = methodology.criterionMax(criterion.item());
            InputRef ref = ref(f.counts().path(), "all");
            List<Unconfirmed> unconfirmed = new java.util.ArrayList<>(criterionUnconfirmed(f.check(), criterion));
            unconfirmed.addAll(findings.unconfirmed(criterion, Item.Check.NONE_FOLLOWS));
            unconfirmed = unconfirmed.stream().distinct().toList();
            if (share.signum() == 0) {
                findings.scored(criterion, max, new Evidence(ref, Measure.none(unit(ref)), Threshold.scale(Threshold.Scale.FULL_WHEN_NONE, null, null, null), null),
                        "all", unconfirmed);
                continue;
            }
            String code = f.check().spec().follows();
            var followed = findings.scores().stream().filter(s -> s.code().equals(code)).findFirst();
            if (followed.isEmpty()) {
                findings.cannotEvaluate(criterion.item(), ref.path(), io.github.parsipas.text.Messages.text("cannotEvaluate.noneFollows", Map.of("code", Arg.verbatim(code))));
                continue;
            }
            BigDecimal s = share.divide(BigDecimal.valueOf(100));
            BigDecimal fraction = followed.get().points().divide(followed.get().maxPoints(), 10, java.math.RoundingMode.HALF_UP);
            BigDecimal points = max.multiply(BigDecimal.ONE.subtract(s).add(s.multiply(fraction)));
            findings.scored(criterion, points, new Evidence(ref, Measure.none(unit(ref)),
                    new Threshold(null, share, Measure.PERCENT, null, Threshold.Scale.SHARED_WHEN_NONE, null, null, null), null), "all", unconfirmed);
        }
        following.clear();
    }

    @Override
    public void scoreMet(Check check, Counts counts) {
        boolean met = counts.count(check.getCount()) >= check.minimum();
        score(check, new Rate(check.getCode(), "all", check.getCode(), met ? 1 : 0, 1, counts.path() + "." + check.getCount()));
    }

    @Override
    public void scoreViolations(Check check, Counts counts) {
        Requirement criterion = check.getRequirement();
        long cases = counts.count(check.getCount());
        BigDecimal points = Scoring.violations(methodology.criterionMax(criterion.item()), check.threshold(), cases);
        findings.scored(criterion, points, new Evidence(ref(counts.path() + "." + check.getCount(), "all"), Measure.count(cases, Measure.CASES),
                        Threshold.scale(Threshold.Scale.VIOLATIONS, null, null, check.threshold()), null),
                "all", criterionUnconfirmed(check, criterion));
    }

    @Override
    public void scoreShare(Requirement criterion, long part, long whole, String path) {
        if (whole > 0) {
            Item.Check bands = new Item.Check(Scheme.BANDS, null, null, null, null, null, null, null);
            score(new Check(criterion, criterion.item().scoring().orElse(bands)),
                    new Rate(criterion.getCode(), "all", criterion.getCode(), part, whole, path));
        }
    }

    @Override
    public void warn(Check check, Rate rate) {
        Requirement target = check.getRequirement();
        Map<String, Arg> values = rateValues(check, rate);
        String key = check.spec().message();
        if (target.getDeadline() != null) {
            values.put("due", Arg.date(target.getDeadline()));
            values.put("days", Arg.days(Math.abs(target.daysToDeadline())));
            key = key != null ? key : target.isPastDeadline() ? Scheme.MISSED : Scheme.AT_RISK;
        }
        findings.add(FindingKind.WARNING, target, key != null ? key : message(check), rate.scope(),
                new Evidence(ref(rate.path(), rate.scope()), measure(rate), Threshold.atLeast(check.threshold(), Measure.PERCENT), gap(rate, check.threshold())),
                values, null,
                findings.unconfirmed(target, check.spec().parameter()));
    }

    /** How many more of the rate's part would bring it to {@code threshold} percent of its whole. */
    private static Long gap(Rate rate, BigDecimal threshold) {
        long needed = threshold.multiply(BigDecimal.valueOf(rate.denominator())).divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).longValueExact();
        return needed > rate.numerator() ? needed - rate.numerator() : null;
    }

    @Override
    public void trajectory(Check check, Trend trend) {
        Requirement target = check.getRequirement();
        BigDecimal projected = trend.projectedShortOf(target.getDeadline(), check.threshold());
        Map<String, Arg> values = rateValues(check, trend.now());
        values.put("before", Arg.percent(trend.before().percent()));
        values.put("beforeAsOf", Arg.date(trend.beforeAsOf()));
        values.put("projected", Arg.percent(projected));
        values.put("due", Arg.date(target.getDeadline()));
        Measure observed = measure(trend.now()).withTrend(trend.before().percent(), trend.beforeAsOf(), projected, target.getDeadline());
        findings.add(FindingKind.WARNING, target, message(check), "all",
                new Evidence(ref(trend.now().path(), "all"), observed, Threshold.atLeast(check.threshold(), Measure.PERCENT), null), values, null,
                findings.unconfirmed(target, check.spec().parameter()));
    }

    @Override
    public void deadline(Check check, Deadline deadline) {
        Map<String, Arg> values = deadlineValues(deadline);
        values.put("days", Arg.days(deadline.isOverdue() ? deadline.daysOverdue() : deadline.daysLeft()));
        List<String> messages = Scheme.DUE.messages();
        findings.addDated(FindingKind.WARNING, check.getRequirement(), deadline.isOverdue() ? messages.get(0) : messages.get(1),
                deadline.subject(), new Evidence(ref(deadline.path(), deadline.subject()), Measure.notDone(deadline.asOf()), Threshold.doneBy(deadline.due()), null),
                values, deadline.due(),
                deadline.isOverdue() ? findings.unconfirmed(check.getRequirement(), DUE_PARAMETERS)
                        : findings.unconfirmed(check.getRequirement(), DUE_PARAMETERS[0], DUE_PARAMETERS[1], DatedList.APPROACHING_WINDOW));
    }

    @Override
    public void doneLate(Check check, Deadline deadline) {
        Map<String, Arg> values = deadlineValues(deadline);
        values.put("done", Arg.date(deadline.done()));
        values.put("days", Arg.days(deadline.daysLate()));
        findings.addDated(FindingKind.NOTE, check.getRequirement(), message(check), deadline.subject(),
                new Evidence(ref(deadline.path(), deadline.subject()), Measure.doneOn(deadline.done()), Threshold.doneBy(deadline.due()), null),
                values, deadline.due(), findings.unconfirmed(check.getRequirement(), DUE_PARAMETERS));
    }

    @Override
    public void recurs(Check check, Rate rate) {
        weakness(check.getRequirement(), message(check), rate.denominator() - Math.max(0, rate.numerator()), rate.denominator(), rate.path());
    }

    @Override
    public void weakness(Requirement weakness, long count, long total, String path) {
        weakness(weakness, Scheme.RECURS.messages().get(0), count, total, path);
    }

    private void weakness(Requirement weakness, String key, long count, long total, String path) {
        Map<String, Arg> values = new TreeMap<>();
        values.put("count", Arg.count(count));
        values.put("total", Arg.count(total));
        findings.add(FindingKind.WARNING, weakness, key, "all",
                new Evidence(ref(path, "all"), Measure.countOf(count, total, unit(ref(path, "all"))), Threshold.of(Threshold.Comparison.ZERO), null), values, null,
                findings.unconfirmed(weakness));
    }

    @Override
    public void counted(Check check, Counts counts) {
        Map<String, Arg> values = new TreeMap<>();
        counts.values().forEach((name, value) -> values.put(name, Arg.count(value)));
        values.put("count", values.get(check.getCount()));
        findings.add(FindingKind.WARNING, check.getRequirement(), message(check), "all",
                new Evidence(ref(counts.path() + "." + check.getCount(), "all"), Measure.count(counts.count(check.getCount()), unit(ref(counts.path(), "all"))), null, null),
                values, null,
                findings.unconfirmed(check.getRequirement()));
    }

    @Override
    public void below(Check check, Value value) {
        value(check.getRequirement(), message(check), value, check.spec().parameter(), FindingKind.WARNING);
    }

    @Override
    public void value(Requirement requirement, String key, Value value, String parameter, boolean warning) {
        value(requirement, key, value, parameter, warning ? FindingKind.WARNING : FindingKind.NOTE);
    }

    /** A reported value, with every parameter of its requirement by name; against {@code parameter} when there is one. */
    private void value(Requirement requirement, String key, Value value, String parameter, FindingKind kind) {
        Map<String, Arg> values = new TreeMap<>();
        requirement.parameters().forEach((name, v) -> values.put(name, Arg.plain(v.value())));
        values.put("observed", Arg.percent(value.value()));
        if (parameter != null) {
            values.put("required", Arg.join(Arg.plain(requirement.param(parameter)), "%"));
        }
        findings.add(kind, requirement, key, "all", new Evidence(ref(value.path(), "all"), Measure.value(value.value(), Measure.PERCENT),
                        parameter == null ? null : Threshold.atLeast(requirement.param(parameter), Measure.PERCENT), null), values, null,
                parameter == null ? findings.unconfirmed(requirement) : findings.unconfirmed(requirement, parameter));
    }

    @Override
    public void survey(Check check, SurveyScore score) {
        survey(check.getRequirement(), message(check), score, check.spec().parameter());
    }

    @Override
    public void survey(Requirement requirement, String key, SurveyScore score, String parameter) {
        boolean respondents = Scheme.SURVEY_THIN.defaultParameter().equals(parameter);
        Map<String, Arg> values = new TreeMap<>();
        values.put("observed", Arg.percent(score.percent()));
        values.put("respondents", Arg.count(score.respondents()));
        if (parameter != null) {
            values.put("required", Arg.join(Arg.plain(requirement.param(parameter)), respondents ? "" : "%"));
        }
        IndexDefinition index = methodology.packOf(requirement.item()).index();
        if (index != null) {
            index.groups().stream().filter(g -> g.code().equals(score.code())).findFirst()
                    .ifPresent(group -> values.put("scope", Arg.text(group.name())));
        }
        // Which answers count as satisfied is a parameter of the survey's pack: every survey figure rests on it.
        String satisfied = methodology.layout().surveyOf(score.measure()).map(s -> s.scale().satisfied())
                .map(ref -> ref.substring(ref.indexOf('.') + 1)).orElse("");
        // A figure judged against nothing (the lowest element) is worth knowing, not a warning.
        findings.add(parameter == null ? FindingKind.NOTE : FindingKind.WARNING, requirement, key, score.code(),
                new Evidence(ref(score.path(), "all"), measure(score),
                        parameter == null ? null : Threshold.atLeast(requirement.param(parameter), respondents ? Measure.RESPONDENTS : Measure.PERCENT), null),
                values, null,
                parameter == null ? findings.unconfirmed(requirement, satisfied) : findings.unconfirmed(requirement, parameter, satisfied));
    }

    private List<Unconfirmed> criterionUnconfirmed(Check check, Requirement criterion) {
        return findings.criterionUnconfirmed(criterion, check.getScheme() == Scheme.BANDS || check.getScheme() == Scheme.MET);
    }

    private static String message(Check check) {
        return check.spec().message() != null ? check.spec().message() : check.getScheme().messages().get(0);
    }

    private static Map<String, Arg> rateValues(Check check, Rate rate) {
        Map<String, Arg> values = new TreeMap<>();
        values.put("scope", Arg.verbatim(rate.scopeName()));
        values.put("observed", Arg.percent(rate.percent()));
        values.put("numerator", Arg.count(rate.numerator()));
        values.put("denominator", Arg.count(rate.denominator()));
        values.put("required", Arg.join("≥ ", Arg.plain(check.threshold()), "%"));
        return values;
    }

    private static Map<String, Arg> deadlineValues(Deadline deadline) {
        Map<String, Arg> values = new TreeMap<>();
        values.put("subject", Arg.text(deadline.subjectName()));
        values.put("scope", Arg.text(deadline.subjectName())); // names the entry in the report: the task's title, not its id
        values.put("due", Arg.date(deadline.due()));
        return values;
    }

    /** A share as numbers: a survey figure with its respondents, a rate with its part, whole and unit. */
    private Measure measure(Share share) {
        if (share instanceof SurveyScore score) {
            return Measure.survey(score.percent(), score.respondents());
        }
        if (share instanceof GivenShare given) {
            return Measure.given(given.exactPercent());
        }
        Rate rate = (Rate) share;
        return Measure.rate(rate.numerator(), rate.denominator(), unit(ref(rate.path(), rate.scope())));
    }

    /** Where a fact's path points, typed; an entry of a list named by its code too (a field's, a task's). */
    private InputRef ref(String path, String scope) {
        InputRef ref = methodology.layout().ref(path);
        return ref.index() != null && !"all".equals(scope) ? ref.withEntry(scope) : ref;
    }

    private String unit(InputRef ref) {
        return methodology.layout().unitOf(ref.group());
    }
}
