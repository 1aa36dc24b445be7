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
    static void reconcile(Methodology methodology, Map<String, BigDecimal> reported, List<CriterionScore> scores,
                          List<IndexScore> indices, Findings findings) {
        reported.forEach((code, published) -> {
            Target target = target(methodology, code).orElseThrow(); // checked on input
            Optional<BigDecimal> computed = computed(code, scores, indices);
            String path = path(code);
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

    /** The computed points of a criterion, or of an index group whose every criterion was scored. */
    private static Optional<BigDecimal> computed(String code, List<CriterionScore> scores, List<IndexScore> indices) {
        int slash = code.indexOf('/');
        if (slash < 0) {
            return scores.stream().filter(s -> s.code().equals(code)).map(CriterionScore::points).findFirst();
        }
        return indices.stream().filter(i -> i.code().equals(code.substring(0, slash)))
                .flatMap(i -> i.groups().stream())
                .filter(g -> g.code().equals(code.substring(slash + 1)) && g.evaluatedMax().compareTo(g.maxPoints()) == 0)
                .map(IndexScore.GroupScore::points).findFirst();
    }
}
