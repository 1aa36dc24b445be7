package io.github.parsipas.internal;

import io.github.parsipas.facts.Trend;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Measure;
import io.github.parsipas.report.Problem;
import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Findings grouped into the problems an officer acts on: every finding on the same input (a PAR deduction, the
 * plan target it shares, the 2024 weakness it repeats, its recommendation) is one problem. Items that could
 * not be evaluated are not problems: the report lists them apart.
 */
final class ProblemGrouping {

    private ProblemGrouping() {
    }

    /**
     * @param proposeOnly whether the unit can only propose what closes the requirement of a code, the city deciding
     * @param trends      the rates with an earlier observation, by input path
     */
    static List<Problem> of(List<Finding> findings, Predicate<String> proposeOnly, Map<String, Trend> trends) {
        Map<String, List<Integer>> byInput = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.kind() != FindingKind.CANNOT_EVALUATE) {
                byInput.computeIfAbsent(key(f), k -> new ArrayList<>()).add(i);
            }
        }
        List<Problem> problems = new ArrayList<>();
        byInput.values().forEach(positions -> problems.add(problem(findings, positions, proposeOnly, trends)));
        problems.sort(Comparator.comparing((Problem p) -> p.pointsRecoverable() == null ? BigDecimal.ZERO : p.pointsRecoverable()).reversed()
                .thenComparing(Problem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> p.findings().get(0)));
        List<Problem> ranked = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            ranked.add(problems.get(i).ranked(i + 1, null));
        }
        return ranked;
    }

    /** The input a finding rests on; a report not sent is one per duty, though all rest on {@code $.reports}. */
    private static String key(Finding f) {
        if (f.evidence() == null) {
            return f.code();
        }
        String path = f.evidence().path() + " " + f.scope();
        return f.evidence().path().equals("$.reports") ? path + " " + f.code() : path;
    }

    private static Problem problem(List<Finding> all, List<Integer> positions, Predicate<String> proposeOnly, Map<String, Trend> trends) {
        // One pass over the group (one to a few findings): streams per property cost more than the work, once per problem.
        Finding first = all.get(positions.get(0));
        Finding warning = null;
        Finding deduction = null;
        List<Problem.Miss> misses = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        BigDecimal lost = BigDecimal.ZERO;
        BigDecimal recoverable = BigDecimal.ZERO;
        LocalDate due = null;
        Long gap = null;
        boolean provisional = false;
        for (int position : positions) {
            Finding f = all.get(position);
            warning = warning == null && f.kind() == FindingKind.WARNING ? f : warning;
            if (f.kind() == FindingKind.DEDUCTION) {
                deduction = deduction == null ? f : deduction;
                lost = f.pointsLost() == null ? lost : lost.add(f.pointsLost());
                recoverable = f.pointsRecoverable() == null ? recoverable : recoverable.add(f.pointsRecoverable());
            }
            if (f.kind() != FindingKind.RECOMMENDATION && !missed.contains(f.code())) {
                missed.add(f.code());
                misses.add(new Problem.Miss(f.code(), f.kind(), f.evidence() == null ? null : f.evidence().measure(),
                        f.evidence() == null ? null : f.evidence().threshold(), f.due(), f.pointsLost()));
            }
            due = f.due() != null && (due == null || f.due().isBefore(due)) ? f.due() : due;
            Long fGap = f.evidence() == null ? null : f.evidence().gap();
            gap = fGap != null && (gap == null || fGap > gap) ? fGap : gap;
            provisional |= f.isProvisional();
        }
        // The plan's word (a target or a weakness, which warn) leads and says what to do; else the criterion's.
        Finding leading = warning != null ? warning : first;
        Finding titled = deduction != null ? deduction : leading;
        List<io.github.parsipas.methodology.Agency> coordinating = new ArrayList<>();
        for (int position : positions) {
            io.github.parsipas.methodology.Agency lead = all.get(position).lead();
            if (!lead.code().equals(leading.lead().code()) && !coordinating.contains(lead)) {
                coordinating.add(lead);
            }
        }
        String path = first.evidence() == null ? null : first.evidence().path();
        // A trend is of a whole group's rate, never of one field's within a list.
        Trend trend = path == null || !first.scope().equals("all") ? null : trends.get(path);
        boolean proposes = false;
        for (Problem.Miss m : misses) {
            proposes |= proposeOnly.test(m.code());
        }
        Measure measure = first.evidence() == null ? null : first.evidence().measure();
        return new Problem(0, first.evidence() == null ? null : first.evidence().input(), first.scope(), leading.scopeName(), titled.title(),
                measure, misses, nonZero(lost), nonZero(recoverable), gap,
                trend == null ? null : new Problem.Earlier(trend.beforeAsOf(), trend.before().percent(),
                        trend.now().percent().subtract(trend.before().percent())), due, leading.lead(),
                coordinating, action(leading.action(), lost, recoverable, measure), leading.message(), leading.citation(), proposes, provisional, positions, null);
    }

    /** What to do, said for what it can win: points lost with none to win back say so (as their recommendation does). */
    private static Text action(Text action, BigDecimal lost, BigDecimal recoverable, Measure measure) {
        return lost.signum() == 0 || recoverable.signum() > 0 ? action : Findings.lostForGood(action, measure != null && measure.kind() == Measure.Kind.NONE);
    }

    private static BigDecimal nonZero(BigDecimal total) {
        return total.signum() == 0 ? null : total;
    }
}
