package io.github.parsipas.internal;

import io.github.parsipas.methodology.IndexDefinition;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Pack;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Evidence;
import io.github.parsipas.report.Measure;
import io.github.parsipas.report.Threshold;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.IndexScore;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.snapshot.Snapshot;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published points beside computed ones: an official system's score for a criterion or an index group that
 * differs from ours by more than {@link #TOLERANCE} is a warning, since either the data or the method drifted.
 * The portal rounds to 0.01, as we do, so a difference of 0.01 is rounding.
 */
final class Reconciliation {

    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private Reconciliation() {
    }

    /** What a code of {@code reported} names: a criterion ({@code 766-T-ANNOUNCE}) or an index group ({@code 766/onlinePayment}). */
    record Target(String code, Text name, BigDecimal max, Item lead, Pack pack) {
    }

    static Optional<Target> target(Methodology methodology, String code) {
        int slash = code.indexOf('/');
        if (slash < 0) {
            return methodology.item(code).filter(i -> i.kind() == Item.Kind.CRITERION)
                    .map(i -> new Target(code, i.name(), methodology.criterionMax(i), i, methodology.packOf(i)));
        }
        for (Pack pack : methodology.packs()) {
            IndexDefinition index = pack.index();
            if (index == null || index.survey() != null || !index.code().equals(code.substring(0, slash))) {
                continue;
            }
            for (IndexDefinition.Group group : index.groups()) {
                Optional<Item> first = pack.items().stream().filter(i -> group.code().equals(i.group())).findFirst();
                if (group.code().equals(code.substring(slash + 1)) && first.isPresent()) {
                    return Optional.of(new Target(code, group.name(), group.maxPoints().value(), first.get(), pack));
                }
            }
        }
        return Optional.empty();
    }

    /** Each published code names something the rule set scores, within its maximum. */
    static void check(Methodology methodology, Map<String, BigDecimal> reported, List<InputProblem> problems) {
        reported.forEach((code, points) -> {
            Optional<Target> target = target(methodology, code);
            String path = path(code);
            if (target.isEmpty()) {
                problems.add(InputProblem.of(path, Messages.text("input.found.unknownCode", Map.of()), "input.expected.reportedCode", Map.of()));
            } else if (points.compareTo(target.get().max()) > 0) {
                problems.add(InputProblem.of(path, points.toPlainString(), "input.expected.atMostMaximum",
                        Map.of("max", Arg.plain(target.get().max()), "code", Arg.verbatim(code))));
            }
        });
    }

    /** A warning for each published score that differs from the computed one; a note for each the rules could not compute. */
    static void reconcile(Methodology methodology, Snapshot snapshot, List<CriterionScore> scores,
                          List<IndexScore> indices, Findings findings) {
        snapshot.reported().forEach((code, published) -> {
            Target target = target(methodology, code).orElseThrow(); // checked on input
            Optional<BigDecimal> computed = computed(methodology, snapshot, code, scores, indices);
            String path = path(code);
            if (computed.isEmpty() && !asked(methodology, snapshot, code)) {
                return; // province-only for this unit: its published figure stands, as the index's published groups say
            }
            if (computed.isEmpty()) {
                findings.published(FindingKind.NOTE, target, render("published.unchecked", target, published, null), Messages.text("published.addCounts", Map.of()),
                        new Evidence(methodology.layout().ref(path), published(published), Threshold.of(Threshold.Comparison.RECOMPUTABLE), null));
                return;
            }
            BigDecimal difference = published.subtract(computed.get()).abs();
            if (difference.compareTo(TOLERANCE) > 0) {
                findings.published(FindingKind.WARNING, target, render("published.mismatch", target, published, computed.get()), Messages.text("published.check", Map.of()),
                        new Evidence(methodology.layout().ref(path), published(published),
                                Threshold.within(computed.get().setScale(2, java.math.RoundingMode.HALF_UP), TOLERANCE), null));
            }
        });
    }

    /** True when every criterion a published code covers (one criterion, or an index group's) is asked of the unit. */
    private static boolean asked(Methodology methodology, Snapshot snapshot, String code) {
        Target target = target(methodology, code).orElseThrow();
        int slash = code.indexOf('/');
        List<Item> items = slash < 0 ? List.of(target.lead())
                : target.pack().items().stream().filter(i -> code.substring(slash + 1).equals(i.group())).toList();
        return items.stream().allMatch(i -> i.appliesTo(snapshot.unit().kind().code(), snapshot.unit().leadRoles()));
    }

    /**
     * The scores published for an index's groups, when the snapshot carries any: the official figures the report leads
     * with. The total and its grade only when every group is published; each group beside the recomputation, which
     * exists only when every criterion of the group was scored; the data-quality flags of the index's criteria.
     */
    static Optional<IndexScore.Published> published(Methodology methodology, Snapshot snapshot, IndexScore index) {
        Optional<Pack> pack = methodology.packs().stream().filter(p -> p.index() != null && p.index().survey() == null
                && p.index().code().equals(index.code())).findFirst();
        if (pack.isEmpty() || index.groups().stream().noneMatch(g -> snapshot.reported().containsKey(index.code() + "/" + g.code()))) {
            return Optional.empty();
        }
        List<IndexScore.PublishedGroup> groups = new java.util.ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (IndexScore.GroupScore group : index.groups()) {
            BigDecimal published = snapshot.reported().get(index.code() + "/" + group.code());
            BigDecimal recomputed = recomputed(methodology, snapshot, pack.get(), group);
            String status = published == null ? "notPublished" : recomputed == null ? "notRecomputed"
                    : published.subtract(recomputed).abs().compareTo(TOLERANCE) > 0 ? "differs" : "agrees";
            groups.add(new IndexScore.PublishedGroup(group.code(), group.name(), published, recomputed, group.maxPoints(), status));
            total = total == null || published == null ? null : total.add(published);
        }
        Optional<IndexDefinition.Grade> grade = total == null ? Optional.empty() : pack.get().index().gradeOf(total);
        List<IndexScore.Flag> flags = snapshot.reportedQuality().entrySet().stream()
                .filter(e -> target(methodology, e.getKey()).filter(t -> t.pack() == pack.get()).isPresent())
                .map(e -> new IndexScore.Flag(e.getKey(), target(methodology, e.getKey()).orElseThrow().name(), e.getValue().status(), e.getValue().message()))
                .toList();
        return Optional.of(new IndexScore.Published(total, grade.map(IndexDefinition.Grade::name).orElse(null), grade.map(g -> g.status().code()).orElse(null),
                index.complete() ? index.points() : null, groups, flags));
    }

    /**
     * A group's points as we compute them, when every criterion of it asked of the unit was scored; a criterion not asked
     * (province-only) counts with its own published score, and without one the group cannot be recomputed.
     */
    private static BigDecimal recomputed(Methodology methodology, Snapshot snapshot, Pack pack, IndexScore.GroupScore group) {
        BigDecimal points = group.points();
        BigDecimal max = group.evaluatedMax();
        for (Item item : pack.items().stream().filter(i -> group.code().equals(i.group())).toList()) {
            BigDecimal published = snapshot.reported().get(item.code());
            if (!item.appliesTo(snapshot.unit().kind().code(), snapshot.unit().leadRoles()) && published != null) {
                points = points.add(published);
                max = max.add(methodology.criterionMax(item));
            }
        }
        return max.compareTo(group.maxPoints()) == 0 ? points : null;
    }

    /** Where published points sit in a snapshot; codes hold hyphens, hence the bracket form. */
    static String path(String code) {
        return "$.reported['" + code + "']";
    }

    private static Text render(String key, Target target, BigDecimal published, BigDecimal computed) {
        Map<String, Arg> args = new java.util.TreeMap<>(Map.of("name", Arg.text(target.name()), "reported", points(published)));
        if (computed != null) {
            args.put("computed", points(computed));
            args.put("difference", points(published.subtract(computed).abs()));
        }
        return Messages.text(key, args);
    }

    /** Published points as a measure, to 0.01 as the portal shows them. */
    private static Measure published(BigDecimal points) {
        return Measure.value(points.setScale(2, java.math.RoundingMode.HALF_UP), Measure.POINTS);
    }

    /** Points as the portal shows them, to 0.01. */
    private static Arg points(BigDecimal points) {
        return Arg.number(points.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** The computed points of a criterion, or of an index group as {@link #recomputed} gives them. */
    private static Optional<BigDecimal> computed(Methodology methodology, Snapshot snapshot, String code, List<CriterionScore> scores,
                                                 List<IndexScore> indices) {
        int slash = code.indexOf('/');
        if (slash < 0) {
            return scores.stream().filter(s -> s.code().equals(code)).map(CriterionScore::points).findFirst();
        }
        Pack pack = target(methodology, code).orElseThrow().pack();
        return indices.stream().filter(i -> i.code().equals(code.substring(0, slash)))
                .flatMap(i -> i.groups().stream())
                .filter(g -> g.code().equals(code.substring(slash + 1)))
                .map(g -> recomputed(methodology, snapshot, pack, g)).filter(java.util.Objects::nonNull).findFirst();
    }
}
