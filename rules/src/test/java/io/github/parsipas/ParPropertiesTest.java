package io.github.parsipas;

import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Overrides;
import io.github.parsipas.methodology.Pack;
import io.github.parsipas.methodology.Points;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.report.AreaScore;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.SnapshotLayout;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Map;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over generated city snapshots: points stay within their maxima and add up; closing a gap never lowers a
 * score; the report depends on the data only, not on its syntax or the order of list entries.
 */
class ParPropertiesTest {

    @Property(tries = 40, seed = "20251129")
    void noCriterionAreaOrTotalExceedsItsMaximumWhateverTheOfficialValues(@ForAll("cities") Snapshots city,
                                                                          @ForAll("officialValues") Overrides official) {
        Evaluator evaluator = Evaluator.create(Methodology.bundled().withOverrides(official));
        Report report = evaluator.evaluate(evaluator.reader().fromJson("c.json", city.json().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (CriterionScore c : report.criteria()) {
            assertThat(c.points()).as(c.code()).isBetween(BigDecimal.ZERO, c.maxPoints());
        }
        for (AreaScore a : report.areas()) {
            assertThat(a.points()).as("area %d", a.area()).isLessThanOrEqualTo(a.evaluatedMax());
            assertThat(a.evaluatedMax()).as("area %d", a.area()).isLessThanOrEqualTo(a.maxPoints());
        }
        Methodology methodology = evaluator.methodology();
        Pack par = methodology.packs().stream().filter(p -> p.id().equals("par-province")).findFirst().orElseThrow();
        for (var area : par.areas()) {
            // The criteria's maxima, as scored to two decimals, and the survey points make exactly the area's maximum.
            BigDecimal criteria = par.items().stream().filter(i -> Integer.valueOf(area.number()).equals(i.area()))
                    .map(methodology::criterionMax).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(criteria.add(Methodology.surveyPoints(area))).as("area %d", area.number()).isEqualByComparingTo(area.maxPoints().value());
        }
        if (report.forecast() != null) {
            assertThat(report.forecast().points()).isLessThanOrEqualTo(report.forecast().evaluatedMax());
        }
    }

    /** Official values as a parameter file might give them: points moved between areas 2, 6 and 7, survey spreads, criterion maxima. */
    @Provide
    Arbitrary<Overrides> officialValues() {
        Map<Integer, BigDecimal> base = Map.of(2, new BigDecimal("11"), 6, new BigDecimal("7.5"), 7, new BigDecimal("17"));
        Arbitrary<Integer> from = Arbitraries.of(2, 6, 7);
        Arbitrary<Integer> to = Arbitraries.of(2, 6, 7);
        Arbitrary<Integer> moved = Arbitraries.integers().between(0, 12);          // quarter points
        Arbitrary<Integer> survey = Arbitraries.integers().between(0, 12);         // quarter points, survey of area 2
        Arbitrary<List<Integer>> itemMaxima = Arbitraries.integers().between(1, 23).list().ofSize(4);
        List<String> criteria = List.of("PAR-2.1", "PAR-6.1", "PAR-7.2", "PAR-7.4");
        return Combinators.combine(from, to, moved, survey, itemMaxima).as((a, b, quarters, surveyQuarters, items) -> {
            Map<Integer, BigDecimal> maxima = new java.util.TreeMap<>(base);
            BigDecimal delta = BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)).min(maxima.get(a).subtract(BigDecimal.ONE));
            maxima.merge(a, delta.negate(), BigDecimal::add);
            maxima.merge(b, delta, BigDecimal::add);
            Map<Integer, Overrides.AreaOverride> areas = new java.util.TreeMap<>();
            maxima.forEach((n, max) -> areas.put(n, new Overrides.AreaOverride(new Points(max, Status.CONFIRMED, io.github.parsipas.text.Text.same("test")),
                    n == 2 ? new Points(BigDecimal.valueOf(surveyQuarters).divide(BigDecimal.valueOf(4)).min(max), Status.CONFIRMED, io.github.parsipas.text.Text.same("test")) : null)));
            Map<String, Overrides.ItemOverride> itemOverrides = new java.util.TreeMap<>();
            for (int i = 0; i < criteria.size(); i++) {
                itemOverrides.put(criteria.get(i), new Overrides.ItemOverride(
                        new Points(BigDecimal.valueOf(items.get(i)).divide(BigDecimal.valueOf(4)), Status.CONFIRMED, io.github.parsipas.text.Text.same("test")), null));
            }
            return new Overrides(areas, itemOverrides);
        });
    }

    @Property(tries = 40, seed = "20251128")
    void closingAnyGapNeverLowersAScore(@ForAll("cities") Snapshots city) throws Exception {
        Report before = city.evaluate();
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(city.json());
        // Every two-count group at its whole: each rate at 100%.
        for (CountGroup group : Snapshots.EVALUATOR.methodology().layout().countGroups()) {
            com.fasterxml.jackson.databind.JsonNode node = tree.at("/" + group.path().replace('.', '/'));
            if (node.isObject() && group.counts().size() == 2 && group.rate() != null && group.rate().terms().size() == 1) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).put(group.rate().part(), node.get(group.rate().whole()).asLong());
            }
        }
        Report after = Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().fromJson("closed.json", tree.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (CriterionScore c : before.criteria()) {
            CriterionScore closed = after.criteria().stream().filter(a -> a.code().equals(c.code())).findFirst().orElseThrow();
            assertThat(closed.points()).as(c.code()).isGreaterThanOrEqualTo(c.points());
        }
    }

    @Property(tries = 30, seed = "20251128")
    void theSameDataInJsonYamlOrAnotherLayoutGivesTheSameReport(@ForAll("cities") Snapshots city) throws Exception {
        String expected = ReportWriter.json(city.evaluate());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(city.json());
        byte[] yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsBytes(tree);
        byte[] compact = tree.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ReportWriter.json(Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().fromYaml("c.yaml", yaml)))).isEqualTo(expected);
        assertThat(ReportWriter.json(Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().fromJson("c.json", compact)))).isEqualTo(expected);
    }

    @Property(tries = 30, seed = "20251128")
    void findingsDoNotDependOnTheOrderOfListEntries(@ForAll @net.jqwik.api.constraints.Size(min = 2, max = 6) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 20) Integer> late) {
        Snapshots inOrder = Snapshots.ward("2025-10-31");
        Snapshots reversed = Snapshots.ward("2025-10-31");
        for (int i = 0; i < late.size(); i++) {
            int j = late.size() - 1 - i;
            inOrder.field("f" + i, "Lĩnh vực " + i, 100, 100, 100 - late.get(i)).entry("tasks", "id", "t" + i, "title", "Việc " + i,
                    "assignedBy", "city", "due", "2025-10-" + (10 + i));
            reversed.field("f" + j, "Lĩnh vực " + j, 100, 100, 100 - late.get(j)).entry("tasks", "id", "t" + j, "title", "Việc " + j,
                    "assignedBy", "city", "due", "2025-10-" + (10 + j));
        }
        assertThat(withoutPaths(reversed.evaluate())).isEqualTo(withoutPaths(inOrder.evaluate()));
    }

    /** Findings as a sorted list of kind, code, scope and messages: what does not depend on where an entry stands. */
    private static List<String> withoutPaths(Report report) {
        return report.findings().stream().map(f -> f.kind() + " " + f.code() + " " + f.scope() + " " + f.message()).sorted().toList();
    }

    @Property(tries = 60, seed = "20251026")
    void pointsStayWithinTheirMaximaAndAddUp(@ForAll("cities") Snapshots city) {
        Report report = city.evaluate();
        for (CriterionScore c : report.criteria()) {
            assertThat(c.points()).as(c.code()).isBetween(BigDecimal.ZERO, c.maxPoints());
        }
        for (AreaScore a : report.areas()) {
            assertThat(a.points()).as("area %d", a.area()).isBetween(BigDecimal.ZERO, a.evaluatedMax());
            assertThat(a.evaluatedMax()).isLessThanOrEqualTo(a.maxPoints());
            BigDecimal criteria = report.criteria().stream().filter(c -> Integer.valueOf(a.area()).equals(c.area()))
                    .map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal survey = a.surveyPoints() == null ? BigDecimal.ZERO : a.surveyPoints();
            assertThat(a.points()).isEqualByComparingTo(criteria.add(survey));
        }
        if (report.forecast() != null && report.forecast().made()) {
            BigDecimal areas = report.areas().stream().map(AreaScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(report.forecast().points()).isEqualByComparingTo(areas);
            assertThat(report.forecast().percent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
    }

    /** A city with a random subset of the count groups, each with random counts that respect their nesting. */
    @Provide
    Arbitrary<Snapshots> cities() {
        List<CountGroup> groups = Snapshots.EVALUATOR.methodology().layout().countGroups().stream().filter(g -> !g.path().startsWith("service766")).toList();
        Arbitrary<List<long[]>> counts = Arbitraries.longs().between(0, 1000).array(long[].class).ofSize(3).list().ofSize(groups.size());
        Arbitrary<List<Boolean>> present = Arbitraries.of(true, false).list().ofSize(groups.size());
        Arbitrary<Integer> survey = Arbitraries.integers().between(0, 100);
        return Combinators.combine(counts, present, survey).as((values, chosen, leaders) -> {
            Snapshots city = Snapshots.of("city", "2025-11-30");
            for (int i = 0; i < groups.size(); i++) {
                if (chosen.get(i)) {
                    CountGroup group = groups.get(i);
                    long[] v = values.get(i);
                    Object[] pairs = new Object[group.counts().size() * 2];
                    long bound = Long.MAX_VALUE;
                    for (int n = 0; n < group.counts().size(); n++) {
                        long value = group.nested() ? Math.min(v[n], bound) : v[n];
                        bound = value;
                        pairs[2 * n] = group.counts().get(n);
                        pairs[2 * n + 1] = value;
                    }
                    city.group(group.path(), pairs);
                }
            }
            return city.percent("parSurvey.leadersPercent", leaders);
        });
    }
}
