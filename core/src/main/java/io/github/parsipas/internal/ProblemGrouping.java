package io.github.parsipas.internal;

import io.github.parsipas.facts.Trend;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        List<Finding> group = positions.stream().map(all::get).toList();
        Finding first = group.get(0);
        // The plan's word (a target or a weakness, which warn) leads and says what to do; else the criterion's.
        Finding leading = group.stream().filter(f -> f.kind() == FindingKind.WARNING).findFirst().orElse(first);
        Finding titled = group.stream().filter(f -> f.kind() == FindingKind.DEDUCTION).findFirst().orElse(leading);
        List<Problem.Miss> misses = new ArrayList<>();
        for (Finding f : group) {
            if (f.kind() != FindingKind.RECOMMENDATION && misses.stream().noneMatch(m -> m.code().equals(f.code()))) {
                misses.add(new Problem.Miss(f.code(), f.kind(), f.evidence() == null ? null : f.evidence().required(), f.due(), f.pointsLost()));
            }
        }
        List<Finding> deductions = group.stream().filter(f -> f.kind() == FindingKind.DEDUCTION).toList();
        LocalDate due = group.stream().map(Finding::due).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Long gap = group.stream().map(f -> f.evidence() == null ? null : f.evidence().gap()).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        String path = first.evidence() == null ? null : first.evidence().path();
        // A trend is of a whole group's rate, never of one field's within a list.
        Trend trend = path == null || !first.scope().equals("all") ? null : trends.get(path);
        return new Problem(0, path, first.scope(), leading.scopeName(), titled.title(),
                first.evidence() == null ? null : first.evidence().observed(), misses, sum(deductions, Finding::pointsLost),
                sum(deductions, Finding::pointsRecoverable), gap,
                trend == null ? null : new Problem.Earlier(trend.beforeAsOf(), trend.before().percent(),
                        trend.now().percent().subtract(trend.before().percent())), due, leading.lead(),
                group.stream().map(Finding::lead).filter(a -> !a.code().equals(leading.lead().code())).distinct().toList(), leading.action(), leading.message(), leading.citation(),
                misses.stream().anyMatch(m -> proposeOnly.test(m.code())), group.stream().anyMatch(Finding::isProvisional), positions, null);
    }

    private static BigDecimal sum(List<Finding> findings, java.util.function.Function<Finding, BigDecimal> points) {
        BigDecimal total = findings.stream().map(points).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.signum() == 0 ? null : total;
    }
}
