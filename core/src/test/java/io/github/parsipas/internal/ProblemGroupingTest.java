package io.github.parsipas.internal;

import io.github.parsipas.methodology.Agency;
import io.github.parsipas.methodology.Citation;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.text.Text;
import io.github.parsipas.report.Evidence;
import io.github.parsipas.report.Measure;
import io.github.parsipas.report.Threshold;
import io.github.parsipas.snapshot.InputRef;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings on one input are one problem: the plan's warning leads, the other leads coordinate. */
class ProblemGroupingTest {

    private static final Agency SNV = new Agency("SNV", new Text("Sở Nội vụ", "Home Affairs"));
    private static final Agency STC = new Agency("STC", new Text("Sở Tài chính", "Finance"));

    @Test
    void thePlansWarningLeadsAndTheCriterionsLeadCoordinates() {
        List<Finding> findings = List.of(
                finding(FindingKind.DEDUCTION, "PAR-8.2", SNV, new BigDecimal("0.54")),
                finding(FindingKind.WARNING, "T-KTXH", STC, null),
                finding(FindingKind.WARNING, "W2", STC, null));
        List<Problem> problems = ProblemGrouping.of(findings, code -> false, Map.of());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.lead().code()).isEqualTo("STC");
            assertThat(p.coordinating()).extracting(Agency::code).containsExactly("SNV");
            assertThat(p.findings()).containsExactly(0, 1, 2);
            assertThat(p.pointsLost()).isEqualByComparingTo("0.54");
        });
    }

    @Test
    void oneLeadHasNobodyToCoordinate() {
        List<Problem> problems = ProblemGrouping.of(List.of(finding(FindingKind.DEDUCTION, "PAR-8.2", STC, BigDecimal.ONE),
                finding(FindingKind.WARNING, "T-KTXH", STC, null)), code -> false, Map.of());
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.coordinating()).isEmpty());
    }

    private static Finding finding(FindingKind kind, String code, Agency lead, BigDecimal lost) {
        Text text = new Text(code, code);
        return new Finding(kind, code, "all", null, text, text, text, lost, lost,
                new Evidence(new InputRef("impact.socioEconomicTargets", null, null, null), Measure.rate(11, 12, Measure.COUNT),
                        Threshold.atLeast(BigDecimal.valueOf(100), Measure.PERCENT), null),
                new Citation("KH 109/KH-UBND", "II.1.8", null), "Phường", lead, Status.INFERRED, null, List.of());
    }
}
