package io.github.parsipas;

import io.github.parsipas.text.Language;
import io.github.parsipas.report.Problem;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a problem tells beyond its findings: where its rate stood before, and its one lead. */
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
    void everyExampleNamesOneLeadPerProblem() throws java.io.IOException {
        // routed as the plan says: a criterion and the target or weakness on the same input share their lead
        try (var files = java.nio.file.Files.list(Path.of("../examples/snapshots"))) {
            for (Path file : files.sorted().toList()) {
                Report report = Snapshots.EVALUATOR.evaluate(file);
                assertThat(report.problems()).as(file.toString()).allSatisfy(p -> assertThat(p.coordinating()).as(p.title().en()).isEmpty());
            }
        }
        Snapshot ward = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/ward-ben-thanh-2025-10.json"));
        Problem ktxh = Snapshots.EVALUATOR.evaluate(ward).problems().stream()
                .filter(p -> "$.impact.socioEconomicTargets".equals(p.path())).findFirst().orElseThrow();
        assertThat(ktxh.lead().code()).isEqualTo("STC");
        assertThat(ktxh.misses()).extracting(Problem.Miss::code).containsExactly("PAR-8.2", "T-KTXH", "W2");
    }

    private static Problem.Earlier earlier(Report report, String path) {
        return report.problems().stream().filter(p -> path.equals(p.path())).findFirst().orElseThrow().earlier();
    }
}
