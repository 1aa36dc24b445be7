package io.github.parsipas;

import io.github.parsipas.methodology.Status;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.Unconfirmed;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's TTHC targets (KH 109/KH-UBND, II.1.3), each at and around its boundary. */
class TthcPlanRulesTest {

    @Test
    void aFieldAt97point9PercentIsWarnedWithItsEvidence() {
        Report report = Snapshots.ward("2025-10-31")
                .field("ho-tich", "Hộ tịch", 1000, 1000, 1000)
                .field("dat-dai", "Đất đai", 1000, 1000, 979)
                .evaluate();
        List<Finding> warnings = findings(report, "T-ONTIME", FindingKind.WARNING);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.scope()).isEqualTo("dat-dai");
            assertThat(w.evidence().path()).isEqualTo("$.tthc.fields[1]");
            assertThat(w.evidence().observed().en()).isEqualTo("97.90% (979/1,000)");
            assertThat(w.evidence().required().en()).isEqualTo("≥ 98%");
            assertThat(w.message().vi()).isEqualTo("Lĩnh vực Đất đai: giải quyết đúng hạn 97,90% (979/1.000 hồ sơ), yêu cầu ≥ 98%.");
            assertThat(w.message().en()).isEqualTo("Field Đất đai: 97.90% resolved on time (979/1,000 dossiers), required ≥ 98%.");
            assertThat(w.lead().code()).isEqualTo("VPUB");
            assertThat(w.citation().section()).isEqualTo("II.1.3");
            assertThat(w.responsibleUnit()).isEqualTo("Phường Bến Thành");
            assertThat(w.isProvisional()).isFalse();
        });
    }

    @Test
    void aFieldAtExactly98PercentPasses() {
        Report report = Snapshots.ward("2025-10-31").field("dat-dai", "Đất đai", 1000, 1000, 980).evaluate();
        assertThat(findings(report, "T-ONTIME", FindingKind.WARNING)).isEmpty();
    }

    @Test
    void everyFieldIsJudgedOnItsOwnEvenWhenTheTotalPasses() {
        Report report = Snapshots.ward("2025-10-31")
                .field("chung-thuc", "Chứng thực", 5000, 5000, 5000)
                .field("xay-dung", "Xây dựng", 10, 10, 9)
                .evaluate();
        assertThat(findings(report, "T-ONTIME", FindingKind.WARNING)).extracting(Finding::scope).containsExactly("xay-dung");
    }

    @Test
    void complaintsAt94point9PercentAreWarnedAnd95PercentPasses() {
        assertThat(findings(Snapshots.ward("2025-10-31").complaints(1000, 949).evaluate(), "T-ONTIME-KNTC", FindingKind.WARNING))
                .singleElement().satisfies(w -> assertThat(w.evidence().observed().en()).isEqualTo("94.90% (949/1,000)"));
        assertThat(findings(Snapshots.ward("2025-10-31").complaints(1000, 950).evaluate(), "T-ONTIME-KNTC", FindingKind.WARNING))
                .isEmpty();
    }

    @Test
    void announcementsAt99PercentAreWarnedAnd100PercentPass() {
        assertThat(findings(Snapshots.department("2025-10-31").announcements(100, 99).evaluate(), "T-PUB", FindingKind.WARNING))
                .singleElement().satisfies(w -> assertThat(w.evidence().observed().en()).isEqualTo("99.00% (99/100)"));
        assertThat(findings(Snapshots.department("2025-10-31").announcements(100, 100).evaluate(), "T-PUB", FindingKind.WARNING))
                .isEmpty();
    }

    @Test
    void wardsAreNotAskedToAnnounceTthcOrCutBusinessConditions() {
        Report report = Snapshots.ward("2025-10-31").announcements(10, 5).conditions(10, 1).evaluate();
        assertThat(report.findings()).extracting(Finding::code)
                .doesNotContain("T-PUB", "T-CUT-COND", "PAR-3.1", "PAR-3.2");
    }

    @Test
    void aMissingSectionIsCannotEvaluateNamingIt() {
        Report report = Snapshots.ward("2025-10-31").field("ho-tich", "Hộ tịch", 10, 10, 10).evaluate();
        assertThat(findings(report, "T-ONTIME-KNTC", FindingKind.CANNOT_EVALUATE)).singleElement().satisfies(f -> {
            assertThat(f.evidence().path()).isEqualTo("$.tthc.complaints");
            assertThat(f.message().en()).isEqualTo("Cannot evaluate: the snapshot has no $.tthc.complaints section.");
            assertThat(f.pointsLost()).isNull();
        });
        assertThat(findings(report, "T-ONTIME-KNTC", FindingKind.WARNING)).isEmpty();
        assertThat(report.findings(FindingKind.CANNOT_EVALUATE)).extracting(Finding::code)
                .contains("PAR-3.4", "PAR-3.5", "T-NOBOUND", "T-ONTIME-KNTC", "T-PAKN")
                .doesNotContain("T-ONTIME", "PAR-3.3", "S3");        // missing inside $.tthc, which the ward sent, is missing data; $.digital, $.tasks… it did not send at all
        assertThat(report.absentSections()).contains("$.digital", "$.tasks", "$.finance").doesNotContain("$.tthc");
        assertThat(io.github.parsipas.report.ReportWriter.markdown(report, io.github.parsipas.text.Language.VI))
                .contains("| T-ONTIME-KNTC | Xử lý đơn, giải quyết khiếu nại, tố cáo đúng hạn từ 95% | `$.tthc.complaints` |")
                .doesNotContain("| PAR-7.2 |");
    }

    @Test
    void aSnapshotWithoutTthcCannotEvaluateAnyTthcItem() {
        Report report = Snapshots.ward("2025-10-31").evaluate();
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.CANNOT_EVALUATE));
        assertThat(report.findings(FindingKind.CANNOT_EVALUATE)).extracting(Finding::code)
                .contains("PAR-3.3", "PAR-3.4", "PAR-3.5", "T-NOBOUND", "T-ONTIME", "T-ONTIME-KNTC", "T-PAKN");
        assertThat(report.areas()).as("an area with nothing scored is left out; its items say why").isEmpty();
    }

    @Test
    void nothingResolvedIsCannotEvaluateNotAPassOrAFail() {
        Report report = Snapshots.ward("2025-10-31").field("ho-tich", "Hộ tịch", 10, 0, 0).complaints(0, 0).evaluate();
        assertThat(findings(report, "T-ONTIME", FindingKind.CANNOT_EVALUATE)).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("denominator 0"));
        assertThat(findings(report, "T-ONTIME-KNTC", FindingKind.CANNOT_EVALUATE)).hasSize(1);
        assertThat(report.criteria()).isEmpty();
    }

    @Test
    void feedbackMustAllBeHandledOnTimeAnInferredTarget() {
        Report report = Snapshots.ward("2025-10-31").feedback(100, 100, 99).evaluate();
        assertThat(findings(report, "T-PAKN", FindingKind.WARNING)).singleElement().satisfies(w -> {
            assertThat(w.unconfirmed()).containsExactly(Unconfirmed.of("minRate", Status.INFERRED));
            assertThat(w.isProvisional()).isTrue();
        });
        assertThat(findings(Snapshots.ward("2025-10-31").feedback(100, 100, 100).evaluate(), "T-PAKN", FindingKind.WARNING)).isEmpty();
    }

    @Test
    void boundaryFreeTargetIsAtRiskUpToItsDeadlineAndMissedAfter() {
        Finding dayBefore = nobound("2025-12-30");
        assertThat(dayBefore.message().en()).isEqualTo(
                "Only 99.00% of TTHC are boundary-free (99/100); ≥ 100% is due by 2025-12-31, 1 day left.");
        assertThat(dayBefore.due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(nobound("2025-12-31").message().en()).contains("is due by 2025-12-31, 0 days left");
        assertThat(nobound("2026-01-01").message().en()).isEqualTo(
                "1 day past the 2025-12-31 deadline: 99.00% of TTHC are boundary-free (99/100), required ≥ 100%.");
        assertThat(nobound("2026-01-01").message().vi()).startsWith("Quá hạn 31/12/2025 đã 1 ngày");
        assertThat(findings(Snapshots.ward("2026-01-01").nonBoundary(100, 100).evaluate(), "T-NOBOUND", FindingKind.WARNING)).isEmpty();
    }

    @Test
    void cutsOfThirtyPercentPassAndLessIsAtRisk() {
        Report short1 = Snapshots.department("2025-11-30").conditions(1000, 299).resolutionDays(1000, 701).complianceCost(1000, 701).evaluate();
        assertThat(short1.findings(FindingKind.WARNING)).extracting(Finding::code)
                .contains("T-CUT-COND", "T-CUT-TIME", "T-CUT-COST");
        assertThat(findings(short1, "T-CUT-TIME", FindingKind.WARNING)).singleElement()
                .satisfies(w -> assertThat(w.evidence().observed().en()).isEqualTo("29.90% (299/1,000)"));
        Report met = Snapshots.department("2025-11-30").conditions(1000, 300).resolutionDays(1000, 700).complianceCost(1000, 700).evaluate();
        assertThat(met.findings(FindingKind.WARNING)).extracting(Finding::code)
                .doesNotContain("T-CUT-COND", "T-CUT-TIME", "T-CUT-COST");
    }

    @Test
    void targetsDoNotApplyBeforeThePlanWasIssued() {
        Report report = Snapshots.ward("2025-09-25").field("dat-dai", "Đất đai", 100, 100, 50).evaluate();
        assertThat(report.findings()).extracting(Finding::code).doesNotContain("T-ONTIME");
        assertThat(Snapshots.ward("2025-09-26").field("dat-dai", "Đất đai", 100, 100, 50).evaluate().findings())
                .extracting(Finding::code).contains("T-ONTIME");
    }

    @Test
    void anUnknownLeadRoleIsRejectedWithItsPath() {
        String json = Snapshots.ward("2025-10-31").json().replace("\"leadRoles\" : [ ]", "\"leadRoles\" : [ \"VPUB\", \"SO-XYZ\" ]");
        Snapshot snapshot = Snapshots.EVALUATOR.reader().fromJson("roles.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Snapshots.EVALUATOR.evaluate(snapshot))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("$.unit.leadRoles[1]");
                            assertThat(p.found()).isEqualTo("\"SO-XYZ\"");
                            assertThat(p.expected()).startsWith("an agency code, one of CATP, SKHCN, SNV, STC, STP, SVHTT, TTCDS, TTPVHCC, TTTP, VPUB");
                        }));
    }

    private static Finding nobound(String asOf) {
        return findings(Snapshots.ward(asOf).nonBoundary(100, 99).evaluate(), "T-NOBOUND", FindingKind.WARNING).get(0);
    }

    static List<Finding> findings(Report report, String code, FindingKind kind) {
        return report.findings(kind).stream().filter(f -> f.code().equals(code)).toList();
    }
}
