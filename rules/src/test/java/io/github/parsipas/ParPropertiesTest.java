package io.github.parsipas;

import io.github.parsipas.report.AreaScore;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.SnapshotLayout;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Over generated city snapshots: points stay within their maxima and the total is the sum of the areas. */
class ParPropertiesTest {

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
        if (report.forecast() != null) {
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
