package io.github.parsipas;

import io.github.parsipas.methodology.Status;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.Unconfirmed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.github.parsipas.TthcPlanRulesTest.findings;
import static org.assertj.core.api.Assertions.assertThat;

/** PAR area 3 criteria scored against their (provisional) bands. */
class TthcParRulesTest {

    @ParameterizedTest(name = "{0}/1000 on time → {1} of 4 points")
    @CsvSource({"1000, 4.00", "999, 3.00", "980, 3.00", "979, 2.00", "950, 2.00", "949, 1.00", "900, 1.00", "899, 0.00", "0, 0.00"})
    void onTimeDossiersScoreByBand(long onTime, String points) {
        Report report = Snapshots.ward("2025-10-31").field("ho-tich", "Hộ tịch", 1000, 1000, onTime).evaluate();
        CriterionScore score = score(report, "PAR-3.3");
        assertThat(score.points()).isEqualByComparingTo(points);
        assertThat(score.maxPoints()).isEqualByComparingTo("4");
        BigDecimal lost = new BigDecimal("4").subtract(new BigDecimal(points));
        if (lost.signum() == 0) {
            assertThat(findings(report, "PAR-3.3", FindingKind.DEDUCTION)).isEmpty();
            assertThat(findings(report, "PAR-3.3", FindingKind.RECOMMENDATION)).isEmpty();
        } else {
            assertThat(findings(report, "PAR-3.3", FindingKind.DEDUCTION)).singleElement()
                    .satisfies(d -> assertThat(d.pointsLost()).isEqualByComparingTo(lost));
            assertThat(findings(report, "PAR-3.3", FindingKind.RECOMMENDATION)).singleElement()
                    .satisfies(r -> assertThat(r.pointsRecoverable()).isEqualByComparingTo(lost));
        }
    }

    @Test
    void deductionsCarryTheirProvisionalBasis() {
        Report report = Snapshots.ward("2025-10-31").feedback(100, 100, 89).evaluate();
        assertThat(findings(report, "PAR-3.5", FindingKind.DEDUCTION)).singleElement().satisfies(d -> {
            assertThat(d.pointsLost()).isEqualByComparingTo("1.5");
            assertThat(d.unconfirmed()).containsExactly(Unconfirmed.of("item", Status.PROVISIONAL), Unconfirmed.of("maxPoints", Status.PROVISIONAL), Unconfirmed.of("bands", Status.PROVISIONAL));
            assertThat(d.evidence().required().en()).isEqualTo("≥ 100% → 1 × max; ≥ 90% → 0.5 × max");
            // A ward is not scored by the Ministry: the provincial criterion estimates its share.
            assertThat(d.message().vi()).isEqualTo("Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC: 89,00% (89/100); ước tính theo tiêu chí "
                    + "cấp tỉnh, phần của đơn vị ứng với 1,5/1,5 điểm bị trừ (Bộ Nội vụ chỉ chấm điểm cấp tỉnh).");
        });
        Report city = Snapshots.of("city", "2025-10-31").feedback(100, 100, 89).evaluate();
        assertThat(findings(city, "PAR-3.5", FindingKind.DEDUCTION)).singleElement().satisfies(d -> assertThat(d.message().vi())
                .isEqualTo("Phản ánh, kiến nghị xử lý đúng hạn đạt 89,00% (89/100); mất 1,5/1,5 điểm."));
    }

    @Test
    void aWardReportNeverPresentsProvincialCriteriaAsItsOwnScore() {
        Report ward = Snapshots.ward("2025-10-31").feedback(100, 100, 89)
                .group("service766.resolution", "resolved", 100L, "onTimeOrEarly", 95L).evaluate();
        assertThat(ward.areas()).allSatisfy(a -> assertThat(a.official()).isFalse());
        assertThat(ward.notes()).anySatisfy(n -> assertThat(n.en()).startsWith("The Ministry of Home Affairs scores the PAR Index of a province"));
        String json = io.github.parsipas.report.ReportWriter.json(ward);
        assertThat(json).doesNotContain("mất 1,5/1,5 điểm").contains("\"official\" : false");
        String markdown = io.github.parsipas.report.ReportWriter.markdown(ward, io.github.parsipas.text.Language.VI);
        assertThat(markdown).contains("## Ước tính đóng góp vào Chỉ số PAR Index của Thành phố, theo lĩnh vực")
                .doesNotContain("## Điểm PAR Index theo lĩnh vực").contains("**PAR-3.5** −1,5 điểm (ước tính theo tiêu chí cấp tỉnh)")
                .doesNotContain("**PAR-3.5** −1,5 điểm;");
        // Its one official per-unit index, 766, heads the summary and is the first section after it.
        int summary = markdown.indexOf("\n## Tóm tắt");
        assertThat(summary).isEqualTo(markdown.indexOf("\n## "));
        assertThat(markdown.indexOf("\n## ", summary + 1)).isEqualTo(markdown.indexOf("\n## Chỉ số phục vụ người dân, doanh nghiệp (766)"));
        assertThat(markdown).contains("## Tóm tắt\n\n- Chỉ số phục vụ người dân, doanh nghiệp (766): 19 / 100 (chưa đủ chỉ tiêu để xếp loại) †");
        Report city = Snapshots.of("city", "2025-10-31").feedback(100, 100, 89).evaluate();
        assertThat(city.areas()).allSatisfy(a -> assertThat(a.official()).isTrue());
    }

    @Test
    void areaPointsAreTheSumOfScoredCriteriaAndSayWhatWasNotScored() {
        Report report = Snapshots.department("2025-10-31")
                .field("tu-phap", "Tư pháp", 100, 100, 99)   // 3 / 4
                .announcements(10, 10)                      // 2 / 2
                .nonBoundary(10, 8)                         // 0.5 / 1
                .feedback(10, 10, 10)                       // 1.5 / 1.5
                .evaluate();
        assertThat(report.areas()).singleElement().satisfies(area -> {
            assertThat(area.area()).isEqualTo(3);
            assertThat(area.points()).isEqualByComparingTo("7.00");
            assertThat(area.evaluatedMax()).isEqualByComparingTo("8.50");
            assertThat(area.maxPoints()).isEqualByComparingTo("13");
            assertThat(area.surveyPoints()).isNull();
            assertThat(area.notEvaluated()).containsExactly("PAR-3.2", "survey");
            assertThat(area.lead().code()).isEqualTo("VPUB");
        });
        assertThat(report.findings(FindingKind.RECOMMENDATION)).extracting(Finding::code).containsExactly("PAR-3.3", "PAR-3.4");
    }

    private static CriterionScore score(Report report, String code) {
        return report.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
