package io.github.parsipas;

import io.github.parsipas.methodology.Language;
import io.github.parsipas.report.Problem;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a problem tells beyond its findings: where its rate stood before, and who works with its lead. */
class ProblemModelTest {

    @Test
    void theCityExampleShowsHowFarEachEnd2025TargetMovedInAMonth() {
        Snapshot city = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/city-hcm-2025-10.yaml"));
        Report report = Snapshots.EVALUATOR.evaluate(city);
        // disbursement 48,000,000 / 120,000,000 = 40.00% on 30 Sep; 58,800,000 now = 49.00%: +9.00
        assertThat(earlier(report, "$.finance.disbursement")).isEqualTo(new Problem.Earlier(LocalDate.of(2025, 9, 30), new java.math.BigDecimal("40.00"),
                new java.math.BigDecimal("9.00")));
        // boundary-free 1,750 / 2,251 = 77.74%; 1,890 / 2,251 = 83.96%: +6.22
        assertThat(earlier(report, "$.tthc.nonBoundary")).isEqualTo(new Problem.Earlier(LocalDate.of(2025, 9, 30), new java.math.BigDecimal("77.74"),
                new java.math.BigDecimal("6.22")));
        // no earlier count for training: no trend
        assertThat(earlier(report, "$.civilService.training")).isNull();
        assertThat(ReportWriter.markdown(report, Language.VI)).contains("; tăng từ 40,00% (30/09/2025)");
        assertThat(ReportWriter.markdown(report, Language.EN)).contains("; up from 40.00% (2025-09-30)");
    }

    @Test
    void aFallAndAStandstillAreSaidAsSuch() {
        Report fell = Snapshots.ward("2025-10-31").nonBoundary(100, 90).previous("2025-09-30")
                .group("previous.tthc.nonBoundary", "procedures", 100L, "nonBoundary", 95L).evaluate();
        assertThat(earlier(fell, "$.tthc.nonBoundary")).isEqualTo(new Problem.Earlier(LocalDate.of(2025, 9, 30), new java.math.BigDecimal("95.00"),
                new java.math.BigDecimal("-5.00")));
        assertThat(ReportWriter.markdown(fell, Language.VI)).contains("90,00% (90/100) †; còn thiếu 10; giảm từ 95,00% (30/09/2025)");

        Report still = Snapshots.ward("2025-10-31").nonBoundary(100, 90).previous("2025-09-30")
                .group("previous.tthc.nonBoundary", "procedures", 200L, "nonBoundary", 180L).evaluate();
        assertThat(ReportWriter.markdown(still, Language.VI)).contains("; không đổi so với 90,00% (30/09/2025)");
    }

    @Test
    void oneLeadTheOthersCoordinate() {
        Snapshot ward = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/ward-ben-thanh-2025-10.json"));
        Report report = Snapshots.EVALUATOR.evaluate(ward);
        // KT-XH targets: the plan's T-KTXH (STC) leads; PAR-8.2's area lead (SNV) works with it
        Problem ktxh = report.problems().stream().filter(p -> "$.impact.socioEconomicTargets".equals(p.path())).findFirst().orElseThrow();
        assertThat(ktxh.lead().code()).isEqualTo("STC");
        assertThat(ktxh.coordinating()).extracting(io.github.parsipas.methodology.Agency::code).containsExactly("SNV");
        assertThat(ReportWriter.markdown(report, Language.VI)).contains("| STC (phối hợp: SNV) |");
        // one lead only: nobody to coordinate
        assertThat(report.problems()).filteredOn(p -> "$.finance.disbursement".equals(p.path())).singleElement()
                .satisfies(p -> assertThat(p.coordinating()).isEmpty());
    }

    private static Problem.Earlier earlier(Report report, String path) {
        return report.problems().stream().filter(p -> path.equals(p.path())).findFirst().orElseThrow().earlier();
    }
}
