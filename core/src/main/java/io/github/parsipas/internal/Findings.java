package io.github.parsipas.internal;

import io.github.parsipas.facts.Requirement;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.text.Messages;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Pack;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.text.Template;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Evidence;
import io.github.parsipas.report.Measure;
import io.github.parsipas.report.Threshold;
import io.github.parsipas.report.Unconfirmed;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores and findings of one evaluation, each built from its pack item: texts, citation, lead agency
 * and the values that are not confirmed. One per evaluation; not thread-safe.
 */
final class Findings {

    private final Methodology methodology;
    private final String unitName;
    private final boolean periodOnly;
    private final String unitKind;
    private final List<Finding> findings = new ArrayList<>();
    private final List<CriterionScore> scores = new ArrayList<>();

    /**
     * @param unitName   the unit that must act, as findings name it
     * @param unitKind   its kind, which decides whether a method's points are its score or an estimate of its contribution
     * @param periodOnly true when the snapshot's counts cover its period only, not the year to date
     */
    Findings(Methodology methodology, String unitName, String unitKind, boolean periodOnly) {
        this.methodology = methodology;
        this.unitName = unitName;
        this.unitKind = unitKind;
        this.periodOnly = periodOnly;
    }

    /** The message of a deduction: for a unit the method does not score, the pack's {@code contribution} wording. */
    private String deductionKey(Item item) {
        boolean contribution = !methodology.official(item, unitKind)
                && (item.messages().containsKey(CONTRIBUTION) || methodology.packOf(item).messages().containsKey(CONTRIBUTION));
        return contribution ? CONTRIBUTION : "deduction";
    }

    private static final String CONTRIBUTION = "contribution";

    /** The unconfirmed mark of an annual criterion scored on one period's data. */
    static final Unconfirmed ONE_PERIOD = Unconfirmed.noted("basis", "one period's data, provisional until year end");

    /** A finding whose message is the item's text {@code key} (else its pack's), filled with {@code values} and the item's name. */
    void add(FindingKind kind, Requirement requirement, String key, String scope, Evidence evidence,
             Map<String, Arg> values, BigDecimal lost, List<Unconfirmed> unconfirmed) {
        add(kind, requirement, key, scope, evidence, values, lost, lost, requirement.item().deadline(), unconfirmed);
    }

    /** The same for one dated entry (a task, a report of a period): its own deadline, not the item's. */
    void addDated(FindingKind kind, Requirement requirement, String key, String scope, Evidence evidence,
                  Map<String, Arg> values, LocalDate due, List<Unconfirmed> unconfirmed) {
        add(kind, requirement, key, scope, evidence, values, null, null, due, unconfirmed);
    }

    private void add(FindingKind kind, Requirement requirement, String key, String scope, Evidence evidence,
                     Map<String, Arg> values, BigDecimal lost, BigDecimal recoverable, LocalDate due, List<Unconfirmed> unconfirmed) {
        Item item = requirement.item();
        Text template = item.messages().getOrDefault(key, methodology.packOf(item).messages().get(key));
        if (template == null) {
            throw new IllegalStateException(item.code() + " has no message \"" + key + "\" in its pack");
        }
        Map<String, Arg> all = new TreeMap<>(values);
        all.put("name", Arg.text(item.name()));
        // A field or group names itself in the finding, for people; the scope stays its code.
        Text scopeName = values.containsKey("scope") ? values.get("scope").both() : null;
        finding(kind, item, scope, scopeName, Template.render(template, all), item.recommendation(), lost, recoverable, evidence, due, unconfirmed);
    }

    /** Records a criterion's points; a shortfall is a deduction plus a recommendation worth the points it wins back. */
    void scored(Requirement criterion, BigDecimal rawPoints, Evidence evidence, String scope, List<Unconfirmed> unconfirmed) {
        Item item = criterion.item();
        BigDecimal max = methodology.criterionMax(item);
        BigDecimal points = rawPoints.setScale(2, RoundingMode.HALF_UP);
        BigDecimal lost = max.subtract(points);
        if (item.annual() && periodOnly) {
            unconfirmed = new ArrayList<>(unconfirmed);
            unconfirmed.add(ONE_PERIOD);
        }
        // Points lost to what the year cannot undo (a deadline already past, a case already disciplined), or to a
        // measure with nothing to divide by (nothing occurred to improve), cannot be won back.
        boolean none = evidence.measure() != null && evidence.measure().kind() == Measure.Kind.NONE;
        BigDecimal recoverable = item.recoverable() && !none ? lost : BigDecimal.ZERO;
        scores.add(new CriterionScore(item.code(), item.area(), item.group(), item.name(), points, max, evidence, unconfirmed));
        if (lost.signum() > 0) {
            add(FindingKind.DEDUCTION, criterion, deductionKey(item), scope, evidence,
                    Map.of("observed", Arg.text(evidence.observed()), "points", Arg.plain(lost), "max", Arg.plain(max)), lost, recoverable,
                    item.deadline(), unconfirmed);
            Text action = recoverable.signum() > 0 ? item.recommendation() : lostForGood(item.recommendation(), none);
            finding(FindingKind.RECOMMENDATION, item, scope, null, item.recommendation(), action, null, recoverable, evidence,
                    item.deadline(), unconfirmed);
        }
    }

    /**
     * What to do about points lost with none to win back: lost for the year (what can still be done), or, on a
     * measure with nothing to divide by, lost to nothing occurring.
     */
    static Text lostForGood(Text action, boolean none) {
        return none ? Messages.text("action.notOccurring", Map.of()) : Messages.text("action.notRecoverable", Map.of("action", Arg.text(action)));
    }

    /** An item that applies but lacks data: named with the missing input, never scored as pass or fail. */
    void cannotEvaluate(Item item, String path, Text reason) {
        Text action = Messages.text("action.addData", Map.of("path", Arg.verbatim(path)));
        finding(FindingKind.CANNOT_EVALUATE, item, "all", null, reason, action, null, null,
                new Evidence(methodology.layout().ref(path), Measure.absent(), Threshold.of(Threshold.Comparison.PRESENT), null), item.deadline(), List.of());
    }

    /** A finding on points an official system published: cited to the criterion (or the index's document), led by its lead. */
    void published(FindingKind kind, Reconciliation.Target target, Text message, Text action, Evidence evidence) {
        Item lead = target.lead();
        findings.add(new Finding(kind, target.code(), "all", null, target.name(), message, action, null, null, evidence,
                target.code().equals(lead.code()) ? lead.source() : target.pack().document(),
                unitName, methodology.leadOf(lead).orElseThrow(), methodology.leadStatus(lead), null, List.of()));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    List<CriterionScore> scores() {
        return List.copyOf(scores);
    }

    private void finding(FindingKind kind, Item item, String scope, Text scopeName, Text message, Text action, BigDecimal lost,
                         BigDecimal recoverable, Evidence evidence, LocalDate due, List<Unconfirmed> unconfirmed) {
        findings.add(new Finding(kind, item.code(), scope, scopeName, item.name(), message, action, lost, recoverable, evidence, item.source(),
                unitName, methodology.leadOf(item).orElseThrow(), methodology.leadStatus(item), due, unconfirmed));
    }

    /**
     * Every value behind a finding that is not confirmed: the item itself and the named parameters
     * (by default the item's own, not the pack-wide ones such as the approaching window).
     */
    List<Unconfirmed> unconfirmed(Requirement requirement, String... onlyParameters) {
        Pack pack = methodology.packOf(requirement.item());
        List<Unconfirmed> list = new ArrayList<>();
        addIf(list, "item", Methodology.status(pack, requirement.item().status(), null, requirement.version()));
        if (requirement.item().deadlineStatus() != null) {
            addIf(list, "deadline", requirement.item().deadlineStatus());
        }
        requirement.parameters().forEach((name, value) -> {
            // the share that follows another criterion when there is nothing to count is cited only then (FindingCollector.settle)
            boolean relevant = onlyParameters.length == 0 ? requirement.item().parameters().containsKey(name) && !Item.Check.NONE_FOLLOWS.equals(name)
                    : List.of(onlyParameters).contains(name);
            if (relevant) {
                addIf(list, name, Methodology.status(pack, value.status(), value.version(), requirement.version()));
            }
        });
        return list;
    }

    /** A criterion's values not confirmed for the version in use: the item's, its maximum and, scored on bands, its bands. */
    List<Unconfirmed> criterionUnconfirmed(Requirement criterion, boolean bands) {
        Pack pack = methodology.packOf(criterion.item());
        List<Unconfirmed> unconfirmed = unconfirmed(criterion);
        addIf(unconfirmed, "maxPoints", Methodology.status(pack, criterion.item().maxPoints(), criterion.version()));
        if (bands) {
            addIf(unconfirmed, "bands", Methodology.status(pack, criterion.item().bands().status(), null, criterion.version()));
        }
        return unconfirmed;
    }

    static void addIf(List<Unconfirmed> list, String name, Status status) {
        if (status != Status.CONFIRMED) {
            list.add(Unconfirmed.of(name, status));
        }
    }
}
