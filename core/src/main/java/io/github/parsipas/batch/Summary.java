package io.github.parsipas.batch;

import io.github.parsipas.methodology.Agency;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.IndexDefinition;
import io.github.parsipas.report.AreaScore;
import io.github.parsipas.report.BatchReport;
import io.github.parsipas.report.BatchReport.IndexColumn;
import io.github.parsipas.report.BatchReport.IndexPoints;
import io.github.parsipas.report.BatchReport.LeadLine;
import io.github.parsipas.report.BatchReport.RollupRate;
import io.github.parsipas.report.BatchReport.UnitRow;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Problem;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.CountList;
import io.github.parsipas.snapshot.Period;
import io.github.parsipas.snapshot.RateDefinition;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.UnitKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The league table, the per-lead view and the city roll-up of a batch's evaluated units. */
final class Summary {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Summary() {
    }

    /** {@code all}: every snapshot of the batch, each unit's periods, for the roll-up's previous period and year to date. */
    static BatchReport of(Methodology methodology, List<Batch.Unit> units, List<Snapshot> all, List<BatchReport.Rejected> rejected) {
        String period = units.stream().map(u -> u.latest().period()).max(Comparator.comparing(Period::start)).map(Period::label).orElse(null);
        List<UnitRow> rows = units.stream().map(u -> row(methodology, u)).toList();
        List<IndexColumn> columns = columns(methodology, rows);
        Comparator<UnitRow> order = Comparator.comparing(r -> 0);
        for (IndexColumn column : columns.stream().filter(IndexColumn::ranks).toList()) {
            // Most points first; a unit without the index after every unit with it.
            order = order.thenComparing(Comparator.comparing((UnitRow r) -> points(r, column.code()), Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())).reversed());
        }
        rows = rows.stream().sorted(order.thenComparingInt(UnitRow::problems).thenComparing(UnitRow::unit)).toList();
        return new BatchReport(BatchReport.SCHEMA, period, columns, rows, leads(units), period == null ? List.of() : rollup(methodology, all, period), rejected);
    }

    private static BigDecimal points(UnitRow row, String code) {
        IndexPoints points = row.indices().get(code);
        return points == null ? null : points.points();
    }

    /**
     * The declared indices some row has points of: those the packs say rank the league first (or, when none does, the
     * first declared), then the others in declaration order.
     */
    private static List<IndexColumn> columns(Methodology methodology, List<UnitRow> rows) {
        Set<String> present = new TreeSet<>();
        rows.forEach(r -> present.addAll(r.indices().keySet()));
        List<IndexDefinition> declared = methodology.indices().stream().filter(i -> present.contains(i.code())).toList();
        boolean anyRanks = declared.stream().anyMatch(IndexDefinition::ranksLeague);
        List<IndexColumn> columns = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            IndexDefinition index = declared.get(i);
            columns.add(new IndexColumn(index.code(), index.column(), !index.grades().isEmpty(), anyRanks ? index.ranksLeague() : i == 0));
        }
        columns.sort(Comparator.comparing(c -> !c.ranks())); // stable: declaration order within each part
        return columns;
    }

    private static UnitRow row(Methodology methodology, Batch.Unit unit) {
        Report report = unit.report();
        Snapshot snapshot = unit.latest();
        Set<String> warned = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        report.findings(FindingKind.WARNING).stream().filter(f -> isTarget(methodology, f.code())).forEach(f -> {
            warned.add(f.code());
            if (f.due() == null || !f.due().isAfter(snapshot.asOf())) {
                missed.add(f.code());
            }
        });
        long judgedTargets = unit.judged().stream().filter(code -> isTarget(methodology, code)).count();
        Problem first = report.problems().isEmpty() ? null : report.problems().get(0);
        Batch.Before previous = unit.previous();
        Map<String, IndexPoints> indices = new TreeMap<>();
        indices(report).forEach((code, now) -> {
            BigDecimal before = previous == null ? null : previous.points().get(code);
            indices.put(code, new IndexPoints(now.points(), now.max(), now.grade(), before == null ? null : now.points().subtract(before)));
        });
        return new UnitRow(report.unit().id(), report.unit().name(), report.unit().kind(), report.period(), indices,
                (int) (judgedTargets - warned.stream().filter(unit.judged()::contains).count()), warned.size() - missed.size(), missed.size(),
                report.problems().size(), report.findings(FindingKind.DEDUCTION).size(), report.findings(FindingKind.WARNING).size(),
                report.findings(FindingKind.CANNOT_EVALUATE).size(),
                first == null ? null : new BatchReport.Top(code(first), first.title(), first.lead() == null ? null : first.lead().code(), first.action()),
                previous == null ? null : new BatchReport.Movement(previous.period(), report.problems().size() - previous.problems()));
    }

    private static boolean isTarget(Methodology methodology, String code) {
        return methodology.item(code).map(i -> i.kind() == Item.Kind.TARGET).orElse(false);
    }

    /**
     * A report's points on each index it was scored on, by code: each index's total over what was scored, and the
     * areas scored added up for the index they are of.
     */
    static Map<String, IndexPoints> indices(Report report) {
        Map<String, IndexPoints> points = new TreeMap<>();
        if (report.areaIndex() != null) {
            points.put(report.areaIndex().code(), new IndexPoints(report.areas().stream().map(AreaScore::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                    report.areas().stream().map(AreaScore::evaluatedMax).reduce(BigDecimal.ZERO, BigDecimal::add), null, null));
        }
        report.indices().forEach(i -> points.put(i.code(), new IndexPoints(i.points(), i.evaluatedMax(), i.grade(), null)));
        return points;
    }

    /** The code a problem is known by: that of the first requirement it misses. */
    private static String code(Problem problem) {
        return problem.misses().isEmpty() ? problem.path() : problem.misses().get(0).code();
    }

    /** Per lead agency and requirement, the units where it is a problem: most units first. */
    private static List<LeadLine> leads(List<Batch.Unit> units) {
        record Key(String lead, String code) {
        }
        Map<Key, Set<String>> byKey = new TreeMap<>(Comparator.comparing(Key::lead).thenComparing(Key::code));
        Map<Key, Problem> sample = new TreeMap<>(Comparator.comparing(Key::lead).thenComparing(Key::code));
        Map<String, Agency> agencies = new TreeMap<>();
        for (Batch.Unit unit : units) {
            for (Problem problem : unit.report().problems()) {
                if (problem.lead() == null) {
                    continue;
                }
                Key key = new Key(problem.lead().code(), code(problem));
                agencies.put(problem.lead().code(), problem.lead());
                byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(unit.report().unit().id());
                sample.putIfAbsent(key, problem);
            }
        }
        List<LeadLine> lines = new ArrayList<>();
        byKey.forEach((key, ids) -> lines.add(new LeadLine(agencies.get(key.lead()), key.code(), sample.get(key).title(), ids.size(), List.copyOf(ids))));
        lines.sort(Comparator.comparing((LeadLine l) -> l.lead().code()).thenComparing(LeadLine::unitCount, Comparator.reverseOrder())
                .thenComparing(LeadLine::code));
        return lines;
    }

    /**
     * Each rate added up over the units other than the city: the sum of the parts over the sum of the wholes, for the
     * latest period, the period before it and the year to date (the year's periods up to the latest). A city snapshot
     * of the latest period, when given, is set beside it.
     */
    private static List<RollupRate> rollup(Methodology methodology, List<Snapshot> all, String latest) {
        Period period = Period.parse(latest).orElseThrow();
        List<Snapshot> units = all.stream().filter(s -> s.unit().kind() != UnitKind.CITY).toList();
        List<Snapshot> now = units.stream().filter(s -> s.period().equals(period)).toList();
        Optional<Period> before = units.stream().map(Snapshot::period).filter(p -> p.start().isBefore(period.start()) && sameLength(p, period))
                .max(Comparator.comparing(Period::start));
        List<Snapshot> previous = before.map(b -> units.stream().filter(s -> s.period().equals(b)).toList()).orElse(List.of());
        List<Snapshot> yearToDate = units.stream().filter(s -> s.period().year() == period.year() && sameLength(s.period(), period)
                && !s.period().start().isAfter(period.start())).toList();
        Snapshot city = all.stream().filter(s -> s.unit().kind() == UnitKind.CITY && s.period().equals(period)).findFirst().orElse(null);
        List<RollupRate> rates = new ArrayList<>();
        for (CountGroup group : methodology.layout().countGroups()) {
            if (group.rate() != null) {
                java.util.function.Function<Snapshot, Map<String, Long>> counts = s -> s.counts().get(group.path());
                rate(group.path(), group.rate(), counts, now, previous, yearToDate, city).ifPresent(rates::add);
            }
        }
        for (CountList list : methodology.layout().countLists()) {
            java.util.function.Function<Snapshot, Map<String, Long>> counts = s -> total(s.lists().get(list.path()));
            rate(list.path(), list.rate(), counts, now, previous, yearToDate, city).ifPresent(rates::add);
        }
        return rates;
    }

    /** Both months, both quarters or both weeks: a year to date adds up periods of one kind. */
    private static boolean sameLength(Period a, Period b) {
        return (a.month() == null) == (b.month() == null) && (a.quarter() == null) == (b.quarter() == null);
    }

    /** A list's entries' counts added up, or {@code null} when the snapshot has no such list. */
    private static Map<String, Long> total(List<CountList.Entry> entries) {
        if (entries == null) {
            return null;
        }
        Map<String, Long> sum = new TreeMap<>();
        entries.forEach(e -> e.counts().forEach((key, value) -> sum.merge(key, value, Long::sum)));
        return sum;
    }

    private static Optional<RollupRate> rate(String path, RateDefinition rate, java.util.function.Function<Snapshot, Map<String, Long>> counts,
                                             List<Snapshot> now, List<Snapshot> previous, List<Snapshot> yearToDate, Snapshot city) {
        List<Map<String, Long>> current = present(now, counts);
        long[] sum = sum(rate, current);
        if (sum[1] == 0) {
            return Optional.empty();
        }
        BigDecimal percent = percent(sum[0], sum[1]);
        long[] before = sum(rate, present(previous, counts));
        long[] year = sum(rate, present(yearToDate, counts));
        Map<String, Long> own = city == null ? null : counts.apply(city);
        BigDecimal cityPercent = own == null || own.getOrDefault(rate.whole(), 0L) == 0 ? null : percent(rate.part(own), own.get(rate.whole()));
        return Optional.of(new RollupRate(path, current.size(), sum[0], sum[1], percent, before[1] == 0 ? null : percent(before[0], before[1]),
                year[0], year[1], percent(year[0], year[1]), cityPercent, cityPercent == null ? null : percent.subtract(cityPercent)));
    }

    private static List<Map<String, Long>> present(List<Snapshot> snapshots, java.util.function.Function<Snapshot, Map<String, Long>> counts) {
        return snapshots.stream().map(counts).filter(java.util.Objects::nonNull).toList();
    }

    /** The parts and the wholes added up: {part, whole}. */
    private static long[] sum(RateDefinition rate, List<Map<String, Long>> units) {
        return new long[]{units.stream().mapToLong(rate::part).sum(), units.stream().mapToLong(c -> c.getOrDefault(rate.whole(), 0L)).sum()};
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
