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
 * One instance per evaluation; not thread-safe.
 */
public final class Outcome {

    private final Methodology methodology;
    private final Context context;
    private final List<Finding> findings = new ArrayList<>();
    private final List<CriterionScore> scores = new ArrayList<>();

    public Outcome(Methodology methodology, Context context) {
        this.methodology = methodology;
        this.context = context;
    }

    /** A plan target is not met: warning with message {@code key}, judged against parameter {@code minRate}. */
    public void warn(Requirement target, String key, Rate rate) {
        Map<String, String> values = rateValues(target, rate);
        if (target.getDeadline() != null) {
            values.put("due", target.getDeadline().toString());
            values.put("days", String.valueOf(Math.abs(target.daysToDeadline())));
        }
        findings.add(finding(FindingKind.WARNING, target, key, rate, values, null, null,
                unconfirmed(target, "minRate")));
    }

    /** Scores a criterion on a rate against its bands; a shortfall yields a deduction and a recommendation. */
    public void score(Requirement criterion, Rate rate) {
        Item item = criterion.item();
        BigDecimal max = item.maxPoints().value();
        BigDecimal points = max.multiply(item.bands().shareFor(rate::isBelow)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal lost = max.subtract(points);
        List<String> unconfirmed = unconfirmed(criterion);
        addIf(unconfirmed, "maxPoints", item.maxPoints().status());
        addIf(unconfirmed, "bands", item.bands().status());
        Evidence evidence = new Evidence(rate.path(), observed(rate), bandsText(item));
        scores.add(new CriterionScore(item.code(), item.area(), item.name(), points, max, evidence, unconfirmed));
        if (lost.signum() > 0) {
            Map<String, String> values = rateValues(criterion, rate);
            values.put("points", plain(lost));
            values.put("max", plain(max));
            values.put("required", evidence.required());
            findings.add(finding(FindingKind.DEDUCTION, criterion, "deduction", rate, values, lost, lost, unconfirmed));
            findings.add(new Finding(FindingKind.RECOMMENDATION, item.code(), rate.scope(), item.name(),
                    item.recommendation(), item.recommendation(), null, lost, evidence, item.source(), context.unitName(),
                    methodology.leadOf(item).orElseThrow(), methodology.leadStatus(item), item.deadline(), unconfirmed));
        }
    }

    /** An item that applies but lacks data: named with the missing input, never scored as pass or fail. */
    public void cannotEvaluate(Item item, String path, Text reason) {
        Text action = new Text("Bổ sung số liệu " + path + " vào snapshot.", "Add " + path + " to the snapshot.");
        findings.add(new Finding(FindingKind.CANNOT_EVALUATE, item.code(), "all", item.name(), reason, action, null, null,
                new Evidence(path, "absent", "present"), item.source(), context.unitName(),
                methodology.leadOf(item).orElseThrow(), methodology.leadStatus(item), item.deadline(), List.of()));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public List<CriterionScore> scores() {
        return List.copyOf(scores);
    }

    private Finding finding(FindingKind kind, Requirement requirement, String key, Rate rate, Map<String, String> values,
                            BigDecimal lost, BigDecimal recoverable, List<String> unconfirmed) {
        Item item = requirement.item();
        Text template = item.messages().get(key);
        if (template == null) {
            throw new IllegalStateException(item.code() + " has no message \"" + key + "\" in its pack");
        }
        Map<String, String> vi = new TreeMap<>(values);
        vi.replaceAll((name, v) -> Numbers.vietnamese(v));
        Text message = new Text(fill(template.vi(), vi, rate, "vi"), fill(template.en(), values, rate, "en"));
        Evidence evidence = new Evidence(rate.path(), observed(rate), values.getOrDefault("required", ""));
        return new Finding(kind, item.code(), rate.scope(), item.name(), message, item.recommendation(), lost, recoverable, evidence,
                item.source(), context.unitName(), methodology.leadOf(item).orElseThrow(), methodology.leadStatus(item),
                item.deadline(), unconfirmed);
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

    private static String fill(String template, Map<String, String> values, Rate rate, String language) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (text.contains("{")) {
            throw new IllegalStateException("message for " + rate.measure() + " (" + language + ") has an unknown placeholder: " + text);
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

    /** Every value behind a requirement that is not confirmed: the item itself and its parameters (or the named ones). */
    private List<String> unconfirmed(Requirement requirement, String... onlyParameters) {
        List<String> list = new ArrayList<>();
        addIf(list, "item", requirement.item().status());
        requirement.parameters().forEach((name, value) -> {
            if (onlyParameters.length == 0 || List.of(onlyParameters).contains(name)) {
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
