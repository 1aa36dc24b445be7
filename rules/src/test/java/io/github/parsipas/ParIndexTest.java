package io.github.parsipas;

import io.github.parsipas.methodology.Status;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.report.AreaScore;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.ParForecast;
import io.github.parsipas.report.Receipt;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.VersionComparison;
import io.github.parsipas.report.Unconfirmed;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PAR Index: official values replacing provisional ones, two method versions, the city forecast. */
class ParIndexTest {

    /** What a yearly criterion scored on one period's data is marked with. */
    private static final Unconfirmed ONE_PERIOD = Unconfirmed.noted("basis", "one period's data, provisional until year end");

    private static final Snapshot CITY = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/city-hcm-2025-10.yaml"));

    @Test
    void replacingTheProvisionalMaximaOfAreas2_6_7ThroughAParameterFileChangesTheTotals() {
        Evaluator official = Evaluator.create(Methodology.bundled().withOverrides(Path.of("src/test/resources/parameters/official-areas-2-6-7.yaml")));
        Report before = Snapshots.EVALUATOR.evaluate(CITY);
        Report after = official.evaluate(CITY);
        // Area 2: criteria share 12 − 3 = 9 points instead of 8, in proportion 5 : 3: quotas 5.625 and 3.375. To two decimals
        // by largest remainder (a tie at .005, broken by code): PAR-2.1 5.63, PAR-2.2 3.37, together exactly 9.
        // PAR-2.2 (9/12 tasks, pro rata) was 2.25 of 3, becomes 0.75 × 3.37 = 2.53.
        assertThat(criterion(after, "PAR-2.2").maxPoints()).isEqualByComparingTo("3.37");
        assertThat(Snapshots.EVALUATOR.methodology().criterionMax(Methodology.bundled().item("PAR-2.2").orElseThrow())).isEqualByComparingTo("3");
        assertThat(official.methodology().criterionMax(official.methodology().item("PAR-2.1").orElseThrow())).isEqualByComparingTo("5.63");
        assertThat(criterion(after, "PAR-2.2").points()).isEqualByComparingTo("2.53");
        assertThat(area(after, 2).maxPoints()).isEqualByComparingTo("12");
        assertThat(area(after, 6).maxPoints()).isEqualByComparingTo("6.5");
        assertThat(area(after, 2).unconfirmed()).doesNotContain(Unconfirmed.of("maxPoints", Status.PROVISIONAL));
        assertThat(area(before, 2).unconfirmed()).contains(Unconfirmed.of("maxPoints", Status.PROVISIONAL));
        // PAR-7.3: 54% against the official 60% target instead of 70%.
        assertThat(criterion(after, "PAR-7.3").points()).isEqualByComparingTo("1.80");
        assertThat(criterion(before, "PAR-7.3").points()).isEqualByComparingTo("1.54");
        assertThat(after.forecast().points()).isNotEqualByComparingTo(before.forecast().points());
        assertThat(after.receipt().rulesetSha256()).isNotEqualTo(before.receipt().rulesetSha256());
    }

    @Test
    void aParameterFileNamingWhatNoPackHasIsRefused() throws Exception {
        Path file = java.nio.file.Files.createTempFile("parameters", ".yaml");
        java.nio.file.Files.writeString(file, "areas:\n  9: {maxPoints: {value: 1, status: confirmed, source: x}}\n");
        assertThatThrownBy(() -> Methodology.bundled().withOverrides(file)).isInstanceOf(io.github.parsipas.snapshot.InvalidInputException.class)
                .hasMessageContaining("$.areas.9: found an area no loaded pack has, expected an area of a loaded pack");
        // A field misspelt, and YAML that does not parse: located by path or line, in our words, no class of ours or the parser's.
        java.nio.file.Files.writeString(file, "areas:\n  2: {maxPoints: {value: 1, status: confirmed, sorce: x}}\n");
        assertThatThrownBy(() -> Methodology.bundled().withOverrides(file)).isInstanceOf(io.github.parsipas.snapshot.InvalidInputException.class)
                .hasMessageContaining("$.areas.2.maxPoints.sorce: found an unknown field, expected areas and items as docs/methodology.md shows")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("io.github", "class", "org."));
        java.nio.file.Files.writeString(file, "areas:\n  2: {maxPoints: [\n");
        assertThatThrownBy(() -> Methodology.bundled().withOverrides(file)).isInstanceOf(io.github.parsipas.snapshot.InvalidInputException.class)
                .hasMessageContaining("$.areas.2.maxPoints: found a value that does not read as official values at line ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("io.github", "org.", "()"));
    }

    @Test
    void theTwoMethodVersionsDifferOnlyWhereTheirValuesDo() {
        VersionComparison comparison = Snapshots.EVALUATOR.compare(CITY, "876/QĐ-BNV", "1187/QĐ-BNV");
        assertThat(comparison.rows()).filteredOn(r -> r.difference() != null && r.difference().signum() != 0)
                .singleElement().satisfies(row -> {
                    assertThat(row.code()).isEqualTo("PAR-7.3");
                    assertThat(row.pointsA()).isEqualByComparingTo("2.00");  // 54% ≥ 50% (876, provisional)
                    assertThat(row.pointsB()).isEqualByComparingTo("1.54");  // 54 / 70 × 2 (1187)
                    assertThat(row.difference()).isEqualByComparingTo("-0.46");
                });
        assertThat(comparison.totalB().subtract(comparison.totalA())).isEqualByComparingTo("-0.46");
        // What changes: PAR-7.3's points and requirement (50% → 70%, now confirmed), PAR-8.2's status (its 6.5 points are
        // confirmed for 876 only, carried over to 1187); every other criterion is scored the same.
        assertThat(comparison.changed()).extracting(VersionComparison.Row::code).containsExactly("PAR-7.3", "PAR-8.2");
        assertThat(comparison.carriedOver()).extracting(VersionComparison.Row::code).containsExactly("PAR-8.2");
        assertThat(comparison.markdown(io.github.parsipas.text.Language.VI))
                .contains("| PAR-7.3 Hồ sơ trực tuyến toàn trình | 2 | 1,54 | -0,46 | ≥ 50% → tối đa; dưới đó, tối đa × tỷ lệ / 50% → ≥ 70% → tối đa;")
                .contains("Thay đổi về điểm, yêu cầu hoặc mức xác nhận: 2/27 tiêu chí (PAR-7.3, PAR-8.2)")
                .contains("(giữ nguyên, chưa xác nhận): 1 tiêu chí (PAR-8.2).");
        assertThat(Snapshots.EVALUATOR.evaluate(CITY).receipt().methodologies()).contains("par-province@2025.1 (1187/QĐ-BNV)");
        assertThat(Snapshots.EVALUATOR.evaluate(CITY, "876/QĐ-BNV").receipt().methodologies()).contains("par-province@2025.1 (876/QĐ-BNV)");
    }

    @Test
    void aRateJustUnderAProvisionalBandEdgeSaysSoWithTheEdge() {
        // Sở Tư pháp: 5,315 of 5,328 on time = 99.76%, under the 100% edge of PAR-3.3's provisional bands: 0.75 × 4 points,
        // so 1 point lost, all of it back at 100% (1 × 4 − 0.75 × 4).
        Report report = Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/department-so-tu-phap-2025-11.yaml")));
        assertThat(io.github.parsipas.report.ReportWriter.markdown(report, io.github.parsipas.text.Language.VI))
                .contains("| 99,76% (5.315/5.328) † | **PAR-3.3** −1 điểm (ước tính theo tiêu chí cấp tỉnh); ngưỡng bậc tạm tính: đạt 100% thì lấy lại 1 điểm;");
        assertThat(io.github.parsipas.report.ReportWriter.markdown(report, io.github.parsipas.text.Language.EN))
                .contains("; a provisional band edge: at 100% it wins back 1 point;");
    }

    @Test
    void aYearlyIndexIsNotForecastFromOnePeriodsCounts() {
        // The city example's counts are October's (basis period): its points stand, with no percentage, group or gap.
        Report report = Snapshots.EVALUATOR.evaluate(CITY);
        var forecast = report.forecast();
        assertThat(forecast.yearToDate()).isFalse();
        assertThat(forecast.made()).isFalse();
        assertThat(forecast.points()).isEqualByComparingTo("56.45");
        assertThat(forecast.percent()).isNull();
        assertThat(forecast.group()).isNull();
        assertThat(forecast.gapToTop10Low()).isNull();
        assertThat(forecast.unconfirmed()).anyMatch(u -> u.value().equals("basis"));
        String vi = io.github.parsipas.report.ReportWriter.markdown(report, io.github.parsipas.text.Language.VI);
        assertThat(vi).contains("- Chưa đủ số liệu lũy kế để dự báo: số liệu chỉ của một kỳ")
                .doesNotContain("Tỷ lệ dự báo:", "Dự báo Chỉ số PAR Index (KH 109, III.2): 62,72%");
    }

    /** The city example as if its counts ran from January (basis yearToDate), reporting its own projection of the index. */
    private static Report cityYearToDate(String projected) throws java.io.IOException {
        String text = java.nio.file.Files.readString(Path.of("../examples/snapshots/city-hcm-2025-10.yaml"))
                .replace("\nasOf: 2025-10-31\n", "\nasOf: 2025-10-31\nbasis: yearToDate\n").replace("parPercent: 89.6", "parPercent: " + projected);
        return Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().fromYaml("city-ytd.yaml", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theForecastNamesTheCriteriaBehindADifferenceAboveTheTolerance() throws java.io.IOException {
        // The forecast is 62.72%: a projection of 67.72 differs by exactly the 5 points tolerated, 67.73 by more.
        assertThat(cityYearToDate("67.72").forecast().behindDifference()).isEmpty();
        assertThat(cityYearToDate("67.73").forecast().behindDifference()).containsExactly("PAR-1.1", "PAR-2.1", "PAR-4.2", "PAR-5.3", "PAR-5.4");
        assertThat(cityYearToDate("57.72").forecast().behindDifference()).isEmpty();
    }

    @Test
    void theCityForecastGivesPointsGroupAndDistanceToTheTop10CutOff() throws java.io.IOException {
        Report report = cityYearToDate("89.6");
        var forecast = report.forecast();
        assertThat(forecast.yearToDate()).isTrue();
        assertThat(forecast.methodVersion()).isEqualTo("1187/QĐ-BNV");
        assertThat(forecast.complete()).isFalse();
        assertThat(forecast.maxPoints()).isEqualByComparingTo("100");
        // Areas 2.94 + 4.79 + 9.29 + 5.23 + 9.32 + 5.47 + 13.93 + 5.48 = 56.45 of 9.5 + 11 + 13 + 10.5 + 15 + 7.5 + 17 + 6.5 = 90
        // (area 8 without SIPAS's 10): 56.45 / 90 = 62.72%; to the 2024 cut-offs 62.72 − 90.02 = −27.30, 62.72 − 90.69 = −27.97.
        assertThat(forecast.points()).isEqualByComparingTo("56.45");
        assertThat(forecast.evaluatedMax()).isEqualByComparingTo("90");
        assertThat(forecast.percent()).isEqualByComparingTo("62.72");
        assertThat(forecast.gapToTop10Low()).isEqualByComparingTo("-27.30");
        assertThat(forecast.gapToTop10High()).isEqualByComparingTo("-27.97");
        assertThat(forecast.group().en()).isEqualTo("Below group C");
        assertThat(forecast.unconfirmed()).anyMatch(u -> u.value().equals("percent") && u.note().startsWith("projected from"));
        // 62.72% against the 89.6% the city reports: 26.88 points, more than the 5 tolerated; the criteria losing the
        // most: PAR-1.1 and PAR-2.1 (5 each), PAR-4.2 (5 − 1.79 = 3.21), PAR-5.3 and PAR-5.4 (2 each).
        assertThat(forecast.declaredPercent()).isEqualByComparingTo("89.6");
        assertThat(forecast.behindDifference()).containsExactly("PAR-1.1", "PAR-2.1", "PAR-4.2", "PAR-5.3", "PAR-5.4");
        assertThat(io.github.parsipas.report.ReportWriter.markdown(report, io.github.parsipas.text.Language.VI))
                .contains("- Tỷ lệ dự báo: 62,72% — Dưới nhóm C")
                .contains("- Dự báo chênh 26,88 điểm so với tỷ lệ đơn vị tự báo cáo; các tiêu chí mất nhiều điểm nhất: PAR-1.1 (−5), PAR-2.1 (−5), PAR-4.2 (−3,21), PAR-5.3 (−2), PAR-5.4 (−2)");
        assertThat(report.areas()).allSatisfy(a -> assertThat(a.lead()).isNotNull());
        assertThat(Snapshots.ward("2025-10-31").field("a", "A", 1, 1, 1).evaluate().forecast()).as("wards get no city forecast").isNull();
    }

    @Test
    void leadersSurveyPointsJoinTheirAreas() {
        Report report = Snapshots.of("city", "2025-11-30").percent("parSurvey.leadersPercent", 50)
                .group("organisation.functions", "regulationsRequired", 10L, "regulationsIssued", 10L)
                .group("organisation.publicServiceUnits", "baseline", 10L, "current", 8L, "requiredReduction", 2L).evaluate();
        AreaScore organisation = area(report, 4);
        assertThat(organisation.surveyPoints()).isEqualByComparingTo("1.00");   // 50% of 2 survey points
        assertThat(organisation.points()).isEqualByComparingTo("9.50");         // 3.5 + 5 + 1
        assertThat(organisation.evaluatedMax()).isEqualByComparingTo("10.50");
        assertThat(organisation.notEvaluated()).isEmpty();
    }

    @Test
    void anAreaIsLedByThePacksMappingNotByItsFirstCriterion() {
        Report city = Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().read(java.nio.file.Path.of("../examples/snapshots/city-hcm-2025-10.yaml")));
        // par-province areaLeads (inferred from plan II.2, III.2): area 1 is Home Affairs' though its first criterion (PAR-1.1,
        // assigned tasks) is VPUB's
        assertThat(city.areas()).extracting(a -> a.area() + " " + a.lead().code() + " " + a.leadBasis().code())
                .containsExactly("1 SNV inferred", "2 STP inferred", "3 VPUB inferred", "4 SNV inferred", "5 SNV inferred", "6 STC inferred",
                        "7 SKHCN inferred", "8 SNV inferred");
        assertThat(io.github.parsipas.report.ReportWriter.markdown(city, io.github.parsipas.text.Language.VI))
                .contains("| 1. Công tác chỉ đạo, điều hành CCHC | 2,94 † (điều tra XHH 1,69) | 9,5 | 9,5 | SNV [suy luận] |  |");
    }

    @Test
    void inferredLeadsAndDeadlinesAreMarkedInTheRowWhereTheyAreRead() {
        Snapshot october = Snapshots.EVALUATOR.reader().read(java.nio.file.Path.of("../examples/snapshots/city-hcm-2025-10.yaml"));
        Report city = Snapshots.EVALUATOR.rankByWhatIf(october, Snapshots.EVALUATOR.evaluate(october));
        String markdown = io.github.parsipas.report.ReportWriter.markdown(city, io.github.parsipas.text.Language.VI);
        // T-CUT-TIME: 31 Dec 2025 is our reading of the plan's year (deadlineStatus: inferred); VPUB leads area 3 by the inferred mapping
        assertThat(markdown).contains("| **T-CUT-TIME** ≥ 30% |  | 31/12/2025 [suy luận] | VPUB [suy luận] |");
        // T-DISBURSE: "đến hết năm 2025" is the plan's own date; Finance leads area 6 by the inferred mapping
        assertThat(markdown).contains("| **PAR-6.1** −1,27 điểm; **T-DISBURSE** ≥ 100% | PAR 1,27 | 31/12/2025 | STC [suy luận] |");
        // reuse of digitised data: our year-end reading, led by TT CĐS as the pack names it
        assertThat(markdown).contains("| **PAR-7.6** −0,24 điểm; **T-DIGI-REUSE** ≥ 55% | PAR 0,24 | 31/12/2025 [suy luận] | TTCDS |");
        // and in the summary's first five
        assertThat(markdown).contains("— có thể lấy lại: PAR 1,27; hạn 31/12/2025; chủ trì STC [suy luận].");
    }

    @Test
    void notScoredListsOnlyWhatTheUnitIsAsked() {
        Report ward = Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().read(java.nio.file.Path.of("../examples/snapshots/ward-ben-thanh-2025-10.json")));
        // PAR-3.1 (announcing TTHC) and PAR-3.2 (cutting business conditions) are asked of the city and departments only
        assertThat(area(ward, 3).notEvaluated()).containsExactly("survey");
        Report department = Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().read(java.nio.file.Path.of("../examples/snapshots/department-so-tu-phap-2025-11.yaml")));
        // PAR-2.2 (Plan 19's tasks) is the city's
        assertThat(area(department, 2).notEvaluated()).containsExactly("survey");
    }

    private static CriterionScore criterion(Report report, String code) {
        return report.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static AreaScore area(Report report, int number) {
        return report.areas().stream().filter(a -> a.area() == number).findFirst().orElseThrow();
    }

    @Test
    void eachMethodYearScoresUnderItsOwnVersion() {
        Report y2024 = city("2024-12-31").evaluate();
        assertThat(y2024.receipt().methodologies()).contains("par-province@2025.1 (876/QĐ-BNV)");
        assertThat(y2024.forecast().methodVersion()).isEqualTo("876/QĐ-BNV");
        // The 2024 top-10 cut-offs are known from 28 March 2025 (268/QĐ-BNV): before it the forecast has no gap to them.
        var cutoff = Snapshots.EVALUATOR.methodology().packs().stream().filter(p -> p.id().equals("par-province")).findFirst().orElseThrow()
                .parameters().get("top10CutoffLow");
        assertThat(cutoff.at(java.time.LocalDate.of(2025, 3, 27), null)).isEmpty();
        assertThat(cutoff.at(java.time.LocalDate.of(2025, 3, 28), null)).isPresent();
        Report y2021 = city("2021-12-31").evaluate();
        assertThat(y2021.criteria()).as("before the 2022–2030 method").isEmpty();
        assertThat(y2021.receipt().packs()).filteredOn(p -> p.pack().equals("par-province")).singleElement()
                .isEqualTo(new Receipt.PackUse("par-province", "2025.1", null, Receipt.PackUse.Status.NO_VERSION, null, 2021));
    }

    @Test
    void compareWorksOnA2024Snapshot() {
        var comparison = Snapshots.EVALUATOR.compare(city("2024-12-31").snapshot(), "876/QĐ-BNV", "1187/QĐ-BNV");
        // 60% full-process online: full 2 points against 876's 50% (our reading), 2 × 60/70 = 1.71 against 1187's 70%.
        assertThat(comparison.rows()).filteredOn(r -> r.code().equals("PAR-7.3")).singleElement().satisfies(r -> {
            assertThat(r.pointsA()).isEqualByComparingTo("2");
            assertThat(r.pointsB()).isEqualByComparingTo("1.71");
        });
    }

    @Test
    void valuesConfirmedFor876AreCarriedOverUnder1187UntilAnOfficialValueReplacesThem() {
        // Area 3's maximum (13) is confirmed for 876/QĐ-BNV: confirmed in 2024, carried over in 2025.
        assertThat(area(city("2024-12-31").evaluate(), 3).unconfirmed()).doesNotContain(Unconfirmed.of("maxPoints", Status.CARRIED_OVER));
        Report y2025 = city("2025-10-31").evaluate();
        assertThat(area(y2025, 3).unconfirmed()).contains(Unconfirmed.of("maxPoints", Status.CARRIED_OVER));
        assertThat(y2025.notes()).singleElement().satisfies(n -> assertThat(n.en()).startsWith("2025 is scored under Decision 1187/QĐ-BNV"));
        assertThat(city("2024-12-31").evaluate().notes()).isNull();
        // An official value for 1187 replaces the carried-over one.
        Methodology official = Methodology.bundled().withOverrides(new io.github.parsipas.methodology.Overrides(Map.of(3,
                new io.github.parsipas.methodology.Overrides.AreaOverride(new io.github.parsipas.methodology.Points(new java.math.BigDecimal("13"),
                        io.github.parsipas.methodology.Status.CONFIRMED, io.github.parsipas.text.Text.same("official annex (test)"), "1187/QĐ-BNV"), null)), Map.of()));
        Evaluator evaluator = Evaluator.create(official);
        assertThat(area(evaluator.evaluate(city("2025-10-31").snapshot()), 3).unconfirmed()).doesNotContain(Unconfirmed.of("maxPoints", Status.CARRIED_OVER));
    }

    @Test
    void aForecastOnFewPointsGivesNoGroup() {
        // One criterion (PAR-3.3: 4 points) scored: far below the 80 points the group needs.
        ParForecast one = Snapshots.of("city", "2025-10-31").field("all", "Tất cả", 100, 100, 100).evaluate().forecast();
        assertThat(one.evaluatedMax()).isEqualByComparingTo("4");
        assertThat(one.sufficient()).isFalse();
        assertThat(one.group()).isNull();
        assertThat(one.unconfirmed()).contains(Unconfirmed.noted("group", "not given, 4 of 100 points scored (at least 80 needed)"));
        // The example city: 90 points scored, enough for a group; its own projection (89.6%) is shown beside it.
        ParForecast example = Snapshots.EVALUATOR.evaluate(CITY).forecast();
        assertThat(example.sufficient()).isTrue();
        assertThat(example.declaredPercent()).isEqualByComparingTo("89.6");
        assertThat(io.github.parsipas.report.ReportWriter.markdown(Snapshots.EVALUATOR.evaluate(CITY), io.github.parsipas.text.Language.VI))
                .contains("- Tỷ lệ dự báo do đơn vị báo cáo (mục tiêu top 10 được đánh giá theo tỷ lệ này): 89,6%");
    }

    /** The calibration reference: every province scored 80% or more in 2024, and a plausible year lands there. */
    @Test
    void aPlausibleYearLandsWhereTheProvincesOf2024Did() {
        ParForecast year = Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/city-hcm-2025-year.yaml"))).forecast();
        // 78.10 of the 90 points scored (SIPAS answers absent) = 86.78%, group B (80 to < 90)
        assertThat(year.points()).isEqualByComparingTo("78.10");
        assertThat(year.evaluatedMax()).isEqualByComparingTo("90");
        assertThat(year.percent()).isEqualByComparingTo("86.78");
        assertThat(year.group().en()).isEqualTo("Group B");
        assertThat(year.unconfirmed()).doesNotContain(ONE_PERIOD.of("PAR-1.1").inArea(1));
    }

    @Test
    void annualCriteriaOnOnePeriodAreProvisionalAndPastDeadlinesWinNothingBack() {
        // One ward task, due 10 October and done on the 16th: 0 of 1 on time, 0 of PAR-1.1's 5 points.
        Snapshots ward = Snapshots.ward("2025-10-31").entry("tasks", "id", "t1", "title", "Báo cáo", "assignedBy", "city",
                "due", "2025-10-10", "done", "2025-10-16");
        Report period = ward.evaluate();
        CriterionScore tasks = criterion(period, "PAR-1.1");
        assertThat(tasks.points()).isEqualByComparingTo("0");
        assertThat(tasks.unconfirmed()).contains(ONE_PERIOD);
        assertThat(period.notes()).anySatisfy(n -> assertThat(n.vi()).startsWith("Số liệu là của riêng kỳ báo cáo, không lũy kế từ đầu năm"));
        assertThat(period.findings()).filteredOn(f -> f.code().equals("PAR-1.1")).extracting(f -> f.kind().code() + " "
                + f.pointsLost() + " " + f.pointsRecoverable()).containsExactlyInAnyOrder("deduction 5.00 0.00", "recommendation null 0.00");
        assertThat(period.findings()).filteredOn(f -> f.code().equals("PAR-1.1") && f.kind().code().equals("recommendation"))
                .singleElement().satisfies(f -> assertThat(f.action().en()).startsWith("Cannot be won back within the year; what to do: Explain the delay"));
        Report yearToDate = ward.basis("yearToDate").evaluate();
        assertThat(criterion(yearToDate, "PAR-1.1").unconfirmed()).doesNotContain(ONE_PERIOD);
        assertThat(yearToDate.notes()).noneSatisfy(n -> assertThat(n.en()).contains("basis: period"));
    }

    private static Snapshots city(String asOf) {
        return Snapshots.of("city", asOf).basis("yearToDate").field("all", "Tất cả", 1000, 1000, 970)
                .group("digital.fullProcessDossiers", "dossiers", 100L, "fullProcess", 60L);
    }
}
