package io.github.parsipas;

import io.github.parsipas.report.Problem;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems ranked by what closing them wins, found by evaluating again with the gap closed; each number below
 * worked by hand, one per scheme.
 */
class RankingTest {

    private static final Snapshot WARD = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/ward-ben-thanh-2025-10.json"));
    private static final Snapshot CITY_766 = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/city-766-2025-10.yaml"));

    @Test
    void eachSchemeWinsBackWhatItsRuleGivesAtFullAttainment() {
        Report ward = Snapshots.EVALUATOR.rankByWhatIf(WARD, Snapshots.EVALUATOR.evaluate(WARD));
        // bands: 99.00% on time is the 98% band (0.75 × 4); at 100%, 4: +1
        assertThat(wonBack(ward, "PAR-3.3")).containsExactlyEntriesOf(Map.of("PAR", new BigDecimal("1.00")));
        // pro rata: 2 × 41.91 / 80 = 1.05; at 100%, 2: +0.95
        assertThat(wonBack(ward, "PAR-7.2")).containsExactlyEntriesOf(Map.of("PAR", new BigDecimal("0.95")));
        // linear: 6.5 × 11/12 = 5.96; at 12/12, 6.5: +0.54
        assertThat(wonBack(ward, "PAR-8.2")).containsExactlyEntriesOf(Map.of("PAR", new BigDecimal("0.54")));
        // a required reduction: none of the 1 required made, 0 of 5 points; made, 5: +5
        assertThat(wonBack(ward, "PAR-4.2")).containsExactlyEntriesOf(Map.of("PAR", new BigDecimal("5.00")));
        // counts only have no closing change: ranked by the points they recover (inspections 0 of 1 → 0 of 2, 2 to win);
        // officials disciplined (2 − 14 × 0.5 → 0 of 2) recover none: a discipline imposed is not undone (RecoverableTest)
        Snapshot cityOctober = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/city-hcm-2025-10.yaml"));
        Report city = Snapshots.EVALUATOR.rankByWhatIf(cityOctober, Snapshots.EVALUATOR.evaluate(cityOctober));
        assertThat(city.problems()).filteredOn(p -> codes(p).contains("PAR-5.4")).singleElement().satisfies(p -> {
            assertThat(p.wonBack()).isNull();
            assertThat(p.gain()).isEqualByComparingTo("2.00");
        });
        assertThat(city.problems()).filteredOn(p -> codes(p).contains("PAR-5.3")).singleElement().satisfies(p -> {
            assertThat(p.wonBack()).isNull();
            assertThat(p.gain()).isEqualByComparingTo("0");
        });
        assertThat(ward.problems().get(0).misses().get(0).code()).isEqualTo("PAR-4.2");

        Report city766 = Snapshots.EVALUATOR.rankByWhatIf(CITY_766, Snapshots.EVALUATOR.evaluate(CITY_766));
        // 766 linear: 20 × 85% = 17; at 100%, 20: +3, first
        assertThat(wonBack(city766, "766-P-ONTIME")).containsExactlyEntriesOf(Map.of("766", new BigDecimal("3.00")));
        assertThat(city766.problems().get(0).misses().get(0).code()).isEqualTo("766-P-ONTIME");
        // 766 pro rata to 80%: 2 × 42 / 80 = 1.05; at 100%, 2: +0.95
        assertThat(wonBack(city766, "766-D-REUSE")).containsExactlyEntriesOf(Map.of("766", new BigDecimal("0.95")));
        // a part that is the whole less some counts: (4,100 − 205) / 4,100 = 95% → 5.70; none dissatisfied, 6: +0.30
        assertThat(wonBack(city766, "766-S-PAKN-SATISFIED")).containsExactlyEntriesOf(Map.of("766", new BigDecimal("0.30")));
    }

    @Test
    void aReportUnderAnotherMethodVersionIsRankedUnderThatVersion() {
        Snapshot cityOctober = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/city-hcm-2025-10.yaml"));
        Report city = Snapshots.EVALUATOR.rankByWhatIf(cityOctober, Snapshots.EVALUATOR.evaluate(cityOctober, "876/QĐ-BNV"), "876/QĐ-BNV");
        // 876's PAR-4.2: 52 of 145 units reduced = 35.86% of 5 points = 1.79; all of them, 5: +3.21 (under 1187 the what-if gave 2.75)
        assertThat(wonBack(city, "PAR-4.2")).containsExactlyEntriesOf(Map.of("PAR", new BigDecimal("3.21")));
        // 876's PAR-3.3: 98.25% on time is the 98% band, 0.75 × 4 = 3; at 100%, 4: +1.00
        assertThat(wonBack(city, "PAR-3.3")).containsExactlyEntriesOf(Map.of("PAR", new BigDecimal("1.00")));
        // closing a gap never loses points (what-ifs under the year's version, 1187, did: −0.46 for 98% on time in each field)
        assertThat(city.problems()).allSatisfy(p -> assertThat(p.wonBack() == null ? Map.<String, BigDecimal>of() : p.wonBack())
                .allSatisfy((index, points) -> assertThat(points).isPositive()));
    }

    @Test
    void aWardCanOnlyProposeWhatTheCityDecides() {
        Report ward = Snapshots.EVALUATOR.evaluate(WARD);
        // merging public service units, the city's online and non-boundary lists: the ward proposes
        assertThat(ward.problems()).filteredOn(Problem::proposeOnly).extracting(p -> p.misses().get(0).code())
                .containsExactlyInAnyOrder("PAR-4.2", "PAR-3.4", "PAR-7.1");
        assertThat(io.github.parsipas.report.ReportWriter.markdown(ward, io.github.parsipas.text.Language.VI))
                .contains("Đơn vị đề xuất, Thành phố quyết định: Rà soát, xây dựng phương án sắp xếp đơn vị sự nghiệp công lập");
        Snapshot cityOctober = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/city-hcm-2025-10.yaml"));
        assertThat(Snapshots.EVALUATOR.evaluate(cityOctober).problems()).noneMatch(Problem::proposeOnly);
    }

    @Test
    void theRanksFollowWhatIsWonThenTheDeadline() {
        Report ward = Snapshots.EVALUATOR.rankByWhatIf(WARD, Snapshots.EVALUATOR.evaluate(WARD));
        for (int i = 1; i < ward.problems().size(); i++) {
            Problem before = ward.problems().get(i - 1);
            Problem after = ward.problems().get(i);
            assertThat(after.rank()).isEqualTo(before.rank() + 1);
            assertThat(after.gain()).isLessThanOrEqualTo(before.gain());
        }
    }

    private static Map<String, BigDecimal> wonBack(Report report, String code) {
        return report.problems().stream().filter(p -> codes(p).contains(code)).findFirst().orElseThrow().wonBack();
    }

    private static java.util.List<String> codes(Problem p) {
        return p.misses().stream().map(Problem.Miss::code).toList();
    }
}
