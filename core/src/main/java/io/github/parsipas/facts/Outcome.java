package io.github.parsipas.facts;

import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.methodology.Text;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Evidence;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where rules put what they conclude (a DRL global). Rules decide <em>when</em>; this class only
 * turns a decision into a finding, with the texts, citation and lead agency from the pack.
 * Message keys name a text of the item's {@code messages}; its {@code {placeholders}} are filled
 * from the values each method lists. One instance per evaluation; not thread-safe.
 */
public final class Outcome {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Methodology methodology;
    private final String unitName;
    private final List<Finding> findings = new ArrayList<>();
    private final List<CriterionScore> scores = new ArrayList<>();

    /** @param unitName the unit that must act, as findings name it */
    public Outcome(Methodology methodology, String unitName) {
        this.methodology = methodology;
        this.unitName = unitName;
    }

    /**
     * A rate short of the requirement's {@code minRate}: a warning. Placeholders: scope, observed,
     * numerator, denominator, required, and for an item with a deadline, due and days (to or past it).
     */
    public void warn(Requirement target, String key, Rate rate) {
        Map<String, String> values = rateValues(target, rate);
        if (target.getDeadline() != null) {
            values.put("due", target.getDeadline().toString());
            values.put("days", String.valueOf(Math.abs(target.daysToDeadline())));
        }
        add(FindingKind.WARNING, target, key, rate.scope(), evidence(rate, values.getOrDefault("required", "")), values, null,
                unconfirmed(target, "minRate"));
    }

    /** As {@link #warn}, judged against another rate parameter than {@code minRate}. */
    public void warnAgainst(Requirement target, String key, Rate rate, String parameter) {
        Map<String, String> values = rateValues(target, rate);
        values.put("required", "≥ " + plain(target.param(parameter)) + "%");
        add(FindingKind.WARNING, target, key, rate.scope(), evidence(rate, values.get("required")), values, null,
                unconfirmed(target, parameter));
    }

    /** A deadline overdue (key {@code overdue}) or approaching (key {@code approaching}): placeholders subject, due, days. */
    public void deadline(Requirement requirement, Deadline deadline) {
        Map<String, String> values = deadlineValues(deadline);
        values.put("days", String.valueOf(deadline.isOverdue() ? deadline.daysOverdue() : deadline.daysLeft()));
        add(FindingKind.WARNING, requirement, deadline.isOverdue() ? "overdue" : "approaching", deadline.subject(),
                new Evidence(deadline.path(), "not done on " + deadline.asOf(), "done by " + deadline.due()), values, null,
                unconfirmed(requirement, deadline.isOverdue() ? new String[]{"dueDays", "handlingDays"}
                        : new String[]{"dueDays", "handlingDays", "approachingWindowDays"}));
    }

    /** Done, but after the due date: a note (key {@code doneLate}); placeholders subject, due, done, days. */
    public void doneLate(Requirement requirement, Deadline deadline) {
        Map<String, String> values = deadlineValues(deadline);
        values.put("done", deadline.done().toString());
        values.put("days", String.valueOf(deadline.daysLate()));
        add(FindingKind.NOTE, requirement, "doneLate", deadline.subject(),
                new Evidence(deadline.path(), "done " + deadline.done(), "done by " + deadline.due()), values, null,
                unconfirmed(requirement, "dueDays", "handlingDays"));
    }

    /**
     * At the recent pace the target is out of reach by its deadline (key {@code trajectory}).
     * Placeholders: observed, before, beforeAsOf, projected, required, due.
     */
    public void trajectory(Requirement target, Trend trend) {
        Map<String, String> values = rateValues(target, trend.now());
        values.put("before", trend.before().percent().toPlainString() + "%");
        values.put("beforeAsOf", trend.beforeAsOf().toString());
        values.put("projected", trend.projectedAt(target.getDeadline()).toPlainString() + "%");
        values.put("due", target.getDeadline().toString());
        add(FindingKind.WARNING, target, "trajectory", "all",
                new Evidence(trend.now().path(), observed(trend.now()) + ", " + values.get("before") + " on " + trend.beforeAsOf()
                        + ", projected " + values.get("projected") + " on " + target.getDeadline(), values.getOrDefault("required", "")),
                values, null, unconfirmed(target, "minRate"));
    }

    /** A count that should not be there, or too few of something: placeholders count (the named count) and required. */
    public void counted(Requirement requirement, String key, Counts counts, String name) {
        Map<String, String> values = new TreeMap<>();
        values.put("count", String.valueOf(counts.count(name)));
        counts.values().forEach((n, v) -> values.put(n, String.valueOf(v)));
        add(FindingKind.WARNING, requirement, key, "all", new Evidence(counts.path() + "." + name, String.valueOf(counts.count(name)), ""),
                values, null, unconfirmed(requirement));
    }

    /**
     * A reported value under the requirement's parameter {@code parameter}: placeholders observed,
     * required, and every parameter of the requirement by its name.
     */
    public void below(Requirement requirement, String key, Value value, String parameter) {
        Map<String, String> values = new TreeMap<>();
        requirement.parameters().forEach((name, v) -> values.put(name, plain(v.value())));
        values.put("observed", value.value().toPlainString() + "%");
        values.put("required", plain(requirement.param(parameter)) + "%");
        add(FindingKind.WARNING, requirement, key, "all", new Evidence(value.path(), values.get("observed"), "≥ " + values.get("required")),
                values, null, unconfirmed(requirement, parameter));
    }

    /**
     * A SIPAS figure short of parameter {@code parameter}, too thin to trust, or the lowest element.
     * Placeholders: observed, respondents, required, scope (the element's name).
     */
    public void survey(Requirement requirement, String key, SurveyScore score, String parameter) {
        Map<String, String> values = new TreeMap<>();
        values.put("observed", score.percent().toPlainString() + "%");
        values.put("respondents", String.valueOf(score.respondents()));
        if (parameter != null) {
            BigDecimal required = requirement.param(parameter);
            values.put("required", plain(required) + (parameter.equals("minRespondents") ? "" : "%"));
        }
        Text element = methodology.packOf(requirement.item()).index() == null ? null
                : methodology.packOf(requirement.item()).index().groups().stream().filter(g -> g.code().equals(score.code()))
                .map(io.github.parsipas.methodology.IndexDefinition.Group::name).findFirst().orElse(null);
        add(key.equals("lowest") ? FindingKind.NOTE : FindingKind.WARNING,
                requirement, key, score.code(), new Evidence(score.path(), score.observed(),
                        parameter == null ? "" : "≥ " + values.get("required") + (parameter.equals("minRespondents") ? " respondents" : "")),
                values, element == null ? Map.of() : Map.of("scope", element), null,
                parameter == null ? unconfirmed(requirement, "satisfiedLevels") : unconfirmed(requirement, parameter, "satisfiedLevels"));
    }

    /** A weakness of 2024 recurs: {@code count} of {@code total} items late or wrong (key {@code recurs}). */
    public void weakness(Requirement weakness, long count, long total, String path) {
        Map<String, String> values = new TreeMap<>();
        values.put("count", String.valueOf(count));
        values.put("total", String.valueOf(total));
        add(FindingKind.WARNING, weakness, "recurs", "all", new Evidence(path, count + " of " + total, "0"), values, null,
                unconfirmed(weakness));
    }

    /**
     * Scores a criterion on a share by its scheme — bands, pro rata to parameter {@code target}, or
     * linear — and turns a shortfall into a deduction and a recommendation with the points it wins back.
     */
    public void score(Requirement criterion, Share share) {
        Item item = criterion.item();
        BigDecimal max = methodology.criterionMax(item);
        List<String> unconfirmed = unconfirmed(criterion);
        addIf(unconfirmed, "maxPoints", item.maxPoints().status());
        BigDecimal fraction;
        String scale;
        switch (item.scheme() == null ? "bands" : item.scheme()) {
            case "proRata" -> {
                BigDecimal target = criterion.param("target");
                fraction = share.isBelow(target) ? share.exactPercent().max(BigDecimal.ZERO).divide(target, 6, RoundingMode.HALF_UP) : BigDecimal.ONE;
                scale = "≥ " + plain(target) + "% → max; below, max × rate / " + plain(target) + "%";
            }
            case "linear" -> {
                fraction = share.exactPercent().max(BigDecimal.ZERO).min(HUNDRED).divide(HUNDRED, 6, RoundingMode.HALF_UP);
                scale = "max × rate";
            }
            default -> {
                fraction = item.bands().shareFor(share::isBelow);
                scale = bandsText(item);
                addIf(unconfirmed, "bands", item.bands().status());
            }
        }
        scored(criterion, max.multiply(fraction), new Evidence(share.path(), share.observed(), scale), share.scope(), unconfirmed);
    }

    /** Scores a criterion on {@code part} of {@code whole} (e.g. tasks done on time of tasks due); nothing when none is due. */
    public void scoreShare(Requirement criterion, long part, long whole, String path) {
        if (whole > 0) {
            score(criterion, new Rate(criterion.getCode(), "all", criterion.getCode(), part, whole, path));
        }
    }

    /** Scores a criterion met (full points) or not (none), e.g. at least one inspection in the period. */
    public void scoreMet(Requirement criterion, boolean met, String path) {
        scoreShare(criterion, met ? 1 : 0, 1, path);
    }

    /** Scores a count of violations: the maximum less parameter {@code perViolation} for each, never below zero. */
    public void scoreViolations(Requirement criterion, Counts counts, String name) {
        BigDecimal max = methodology.criterionMax(criterion.item());
        BigDecimal penalty = criterion.param("perViolation").multiply(BigDecimal.valueOf(counts.count(name)));
        List<String> unconfirmed = unconfirmed(criterion);
        addIf(unconfirmed, "maxPoints", criterion.item().maxPoints().status());
        scored(criterion, max.subtract(penalty).max(BigDecimal.ZERO),
                new Evidence(counts.path() + "." + name, counts.count(name) + " " + name,
                        "max − " + plain(criterion.param("perViolation")) + " per case"), "all", unconfirmed);
    }

    /** Records a criterion's points; a shortfall is a deduction plus a recommendation worth the points it wins back. */
    private void scored(Requirement criterion, BigDecimal rawPoints, Evidence evidence, String scope, List<String> unconfirmed) {
        Item item = criterion.item();
        BigDecimal max = methodology.criterionMax(item);
        BigDecimal points = rawPoints.setScale(2, RoundingMode.HALF_UP);
        BigDecimal lost = max.subtract(points);
        scores.add(new CriterionScore(item.code(), item.area(), item.group(), item.name(), points, max, evidence, unconfirmed));
        if (lost.signum() > 0) {
            Map<String, String> values = new TreeMap<>();
            values.put("observed", evidence.observed());
            values.put("points", plain(lost));
            values.put("max", plain(max));
            add(FindingKind.DEDUCTION, criterion, "deduction", scope, evidence, values, lost, unconfirmed);
            findings.add(new Finding(FindingKind.RECOMMENDATION, item.code(), scope, item.name(),
                    item.recommendation(), item.recommendation(), null, lost, evidence, item.source(), unitName,
                    methodology.leadOf(item).orElseThrow(), methodology.leadStatus(item), item.deadline(), unconfirmed));
        }
    }

    /** An item that applies but lacks data: named with the missing input, never scored as pass or fail. */
    public void cannotEvaluate(Item item, String path, Text reason) {
        Text action = new Text("Bổ sung số liệu " + path + " vào snapshot.", "Add " + path + " to the snapshot.");
        findings.add(new Finding(FindingKind.CANNOT_EVALUATE, item.code(), "all", item.name(), reason, action, null, null,
                new Evidence(path, "absent", "present"), item.source(), unitName,
                methodology.leadOf(item).orElseThrow(), methodology.leadStatus(item), item.deadline(), List.of()));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public List<CriterionScore> scores() {
        return List.copyOf(scores);
    }

    private void add(FindingKind kind, Requirement requirement, String key, String scope, Evidence evidence,
                     Map<String, String> values, BigDecimal lost, List<String> unconfirmed) {
        add(kind, requirement, key, scope, evidence, values, Map.of(), lost, unconfirmed);
    }

    /** Adds a finding whose message fills {@code values} in both languages and {@code texts} each in its own. */
    private void add(FindingKind kind, Requirement requirement, String key, String scope, Evidence evidence,
                     Map<String, String> values, Map<String, Text> texts, BigDecimal lost, List<String> unconfirmed) {
        Item item = requirement.item();
        Text template = item.messages().getOrDefault(key, methodology.packOf(item).messages().get(key));
        if (template == null) {
            throw new IllegalStateException(item.code() + " has no message \"" + key + "\" in its pack");
        }
        Map<String, String> vi = new TreeMap<>(values);
        vi.replaceAll((name, v) -> Numbers.vietnamese(v));
        vi.put("name", item.name().vi());
        Map<String, String> en = new TreeMap<>(values);
        en.put("name", item.name().en());
        texts.forEach((name, text) -> {
            vi.put(name, text.vi());
            en.put(name, text.en());
        });
        Text message = new Text(fill(item, template.vi(), vi), fill(item, template.en(), en));
        findings.add(new Finding(kind, item.code(), scope, item.name(), message, item.recommendation(), lost, lost, evidence,
                item.source(), unitName, methodology.leadOf(item).orElseThrow(), methodology.leadStatus(item),
                item.deadline(), unconfirmed));
    }

    private Map<String, String> rateValues(Requirement requirement, Rate rate) {
        Map<String, String> values = new TreeMap<>();
        values.put("scope", rate.scopeName());
        values.put("observed", rate.percent().toPlainString() + "%");
        values.put("numerator", String.valueOf(rate.numerator()));
        values.put("denominator", String.valueOf(rate.denominator()));
        if (requirement.parameters().containsKey("minRate")) {
            values.put("required", "≥ " + plain(requirement.param("minRate")) + "%");
        }
        return values;
    }

    private static Map<String, String> deadlineValues(Deadline deadline) {
        Map<String, String> values = new TreeMap<>();
        values.put("subject", deadline.subjectName());
        values.put("due", deadline.due().toString());
        return values;
    }

    private static Evidence evidence(Rate rate, String required) {
        return new Evidence(rate.path(), observed(rate), required);
    }

    private static String fill(Item item, String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (text.contains("{")) {
            throw new IllegalStateException("a message of " + item.code() + " has a placeholder with no value: " + text);
        }
        return text;
    }

    private static String observed(Rate rate) {
        return rate.percent().toPlainString() + "% (" + rate.numerator() + "/" + rate.denominator() + ")";
    }

    private static String bandsText(Item item) {
        StringBuilder text = new StringBuilder();
        item.bands().steps().forEach(b -> text.append(text.length() == 0 ? "" : "; ").append("≥ ")
                .append(plain(b.atLeast())).append("% → ").append(plain(b.share())).append(" × max"));
        return text.toString();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /**
     * Every value behind a finding that is not confirmed: the item itself and the named parameters
     * (by default the item's own, not the pack-wide ones such as the approaching window).
     */
    private static List<String> unconfirmed(Requirement requirement, String... onlyParameters) {
        List<String> list = new ArrayList<>();
        addIf(list, "item", requirement.item().status());
        requirement.parameters().forEach((name, value) -> {
            boolean relevant = onlyParameters.length == 0 ? requirement.item().parameters().containsKey(name)
                    : List.of(onlyParameters).contains(name);
            if (relevant) {
                addIf(list, name, value.status());
            }
        });
        return list;
    }

    private static void addIf(List<String> list, String name, Status status) {
        if (status != Status.CONFIRMED) {
            list.add(name + ": " + status.code());
        }
    }
}
