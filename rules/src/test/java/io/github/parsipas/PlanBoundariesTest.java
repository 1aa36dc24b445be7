package io.github.parsipas;

import io.github.parsipas.methodology.Status;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.Unconfirmed;
import io.github.parsipas.snapshot.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static io.github.parsipas.TthcPlanRulesTest.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each numeric target of the plan exactly at and just under its boundary; each kind of deadline around its day. */
class PlanBoundariesTest {

    @ParameterizedTest(name = "{0}: {6}% passes, just under warns")
    @CsvSource({
            "T-PUBLIC-RESULT,   ward-commune, '',    tthc.publicResults,             dossiers,             published,           100",
            "T-VNEID,           ward-commune, '',    tthc.vneid,                     dossiers,             usingVneidData,      80",
            "T-DECENTRAL-GUIDE, department,   '',    tthc.decentralisedGuidance,     procedures,           guided,              100",
            "T-ONLINE-FULL,     ward-commune, '',    digital.fullProcessServices,    eligibleProcedures,   offered,             100",
            "T-ONLINE-DOSSIER,  ward-commune, '',    digital.onlineDossiers,         dossiers,             online,              80",
            "T-DIGI-COMP,       ward-commune, '',    digital.digitisedComponents,    dossiers,             digitised,           100",
            "T-DIGI-RESULT,     ward-commune, '',    digital.electronicResults,      results,              electronic,          100",
            "T-DIGI-REUSE,      ward-commune, '',    digital.reuse,                  dossiers,             reusing,             55",
            "T-NDXP,            department,   TTCDS, digital.ndxp,                   services,             inOfficialUse,       100",
            "T-STAFF-ONLINE,    ward-commune, '',    digital.staffOnline,            staffDossiers,        online,              100",
            "T-SYSTEMS,         ward-commune, '',    digital.criticalSystems,        systems,              connected,           100",
            "T-EQUIP,           ward-commune, '',    digital.oneStopEquipment,       desks,                equipped,            100",
            "T-DATA-SHARE,      department,   '',    digital.dataSharing,            datasets,             connected,           100",
            "T-DISBURSE,        ward-commune, '',    finance.disbursement,           plannedMillionVnd,    disbursedMillionVnd, 100",
            "T-AUDIT-FIX,       ward-commune, '',    finance.auditRecommendations,   total,                implemented,         100",
            "T-AUTONOMY,        ward-commune, '',    finance.autonomy,               units,                autonomous,          100",
            "T-REVENUE,         department,   STC,   finance.revenue,                planToDateMillionVnd, collectedMillionVnd, 100",
            "T-FUNCTIONS,       ward-commune, '',    organisation.functions,         regulationsRequired,  regulationsIssued,   100",
            "T-STAFF,           ward-commune, '',    civilService.positions,         required,             staffed,             100",
            "T-TRAINING,        ward-commune, '',    civilService.training,          planned,              completed,           100",
            "T-PLAN-DONE,       department,   SNV,   direction.planTargets,          total,                completed,           100",
            "T-LAW-IMPL,        department,   STP,   direction.lawImplementation,    tasks,                done,                100",
            "T-KTXH,            ward-commune, '',    impact.socioEconomicTargets,    total,                achieved,            100"})
    void rateTargets(String code, String kind, String role, String group, String whole, String part, long percent) {
        assertThat(warnings(rated(kind, role, group, whole, part, percent * 10), code)).as("%s at %s%%", code, percent).isEmpty();
        assertThat(warnings(rated(kind, role, group, whole, part, percent * 10 - 1), code)).as("%s just under", code)
                .singleElement().satisfies(w -> assertThat(w.evidence().observed().en())
                        .isEqualTo(String.format(Locale.ROOT, "%.2f%% (%d/1,000)", (percent * 10 - 1) / 10.0, percent * 10 - 1)));
    }

    @Test
    void fullProcessOnlineDossiersAt69point9PercentRepeatWeaknessW6() {
        assertThat(warnings(Snapshots.ward("2025-11-30").group("digital.fullProcessDossiers", "dossiers", 1000L, "fullProcess", 700L)
                .group("digital.onlinePayment", "feeDossiers", 10L, "paidOnline", 10L).evaluate(), "W6")).isEmpty();
        assertThat(warnings(Snapshots.ward("2025-11-30").group("digital.fullProcessDossiers", "dossiers", 1000L, "fullProcess", 699L)
                .group("digital.onlinePayment", "feeDossiers", 10L, "paidOnline", 10L).evaluate(), "W6")).singleElement()
                .satisfies(w -> assertThat(w.message().en()).contains("69.90% (699/1,000), required ≥ 70%"));
    }

    @Test
    void publicServiceUnitsMustBeCutByTheRequiredNumber() {
        Report met = Snapshots.ward("2025-11-30").group("organisation.publicServiceUnits", "baseline", 20L, "current", 17L, "requiredReduction", 3L).evaluate();
        assertThat(warnings(met, "T-SSU")).isEmpty();
        assertThat(warnings(met, "W4")).isEmpty();
        Report shortOne = Snapshots.ward("2025-11-30").group("organisation.publicServiceUnits", "baseline", 20L, "current", 18L, "requiredReduction", 3L).evaluate();
        assertThat(warnings(shortOne, "T-SSU")).singleElement().satisfies(w -> assertThat(w.evidence().observed().en()).isEqualTo("66.67% (2/3)"));
        assertThat(warnings(shortOne, "W4")).singleElement().satisfies(w -> assertThat(w.message().en()).contains("1 public service units still to cut (of 3 required)"));
    }

    @Test
    void aDeliverableIsApproachingTheDayBeforeAndOnItsDeadlineAndOverdueTheDayAfter() {
        assertThat(unitPlan("2025-10-09", null)).singleElement().satisfies(f -> assertThat(f.message().en()).startsWith("1 day to the 2025-10-10 deadline"));
        assertThat(unitPlan("2025-10-10", null)).singleElement().satisfies(f -> assertThat(f.message().en()).startsWith("0 days to the 2025-10-10 deadline"));
        assertThat(unitPlan("2025-10-11", null)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
            assertThat(f.message().en()).startsWith("1 day past 2025-10-10 and not sent");
        });
        assertThat(unitPlan("2025-09-26", null)).singleElement().satisfies(f -> assertThat(f.message().en()).startsWith("14 days to"));
        assertThat(unitPlan("2025-09-25", null)).as("before the plan was issued").isEmpty();
    }

    @Test
    void theApproachingWindowIsFourteenDays() {
        assertThat(boundaryFreeDeliverable("2025-12-16")).as("15 days ahead").isEmpty();
        assertThat(boundaryFreeDeliverable("2025-12-17")).singleElement()
                .satisfies(f -> assertThat(f.unconfirmed()).containsExactly(Unconfirmed.of("approachingWindowDays", Status.PROVISIONAL)));
    }

    private static List<Finding> boundaryFreeDeliverable(String asOf) {
        return Snapshots.of("department", asOf, "VPUB").entry("deliverables", "code", "D-NOBOUND").evaluate().findings().stream()
                .filter(f -> f.code().equals("D-NOBOUND")).toList();
    }

    @Test
    void aDeliverableDoneOnItsDayIsSilentAndADayLaterIsANote() {
        assertThat(unitPlan("2025-10-20", "2025-10-10")).isEmpty();
        assertThat(unitPlan("2025-10-20", "2025-10-11")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.NOTE);
            assertThat(f.message().en()).isEqualTo("Sent on 2025-10-11, 1 day after the 2025-10-10 deadline: Unit's own improvement plan sent to Home Affairs.");
        });
    }

    @Test
    void reportsAreMonthlyIn2025AndQuarterlyFrom2026() {
        assertThat(reportPeriods("2025-12-31")).containsExactly("2025-10", "2025-11", "2025-12");
        assertThat(reportPeriods("2026-01-01")).containsExactly("2025-10", "2025-11", "2025-12");
        assertThat(reportPeriods("2026-03-21")).containsExactly("2025-10", "2025-11", "2025-12");
        assertThat(reportPeriods("2026-03-22")).containsExactly("2025-10", "2025-11", "2025-12", "2026-Q1");
        assertThatThrownBy(() -> Snapshots.ward("2026-02-10").entry("reports", "code", "D-REPORT", "period", "2026-01", "submitted", "2026-02-05").evaluate())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.reports[0].period");
                    assertThat(p.expected()).isEqualTo("a period of D-REPORT's schedule (monthly from 2025-10, quarterly from 2026-01)");
                }));
    }

    @Test
    void aReportDueOnTheDayIsApproachingAndTheDayAfterOverdue() {
        Report onTheDay = Snapshots.ward("2025-11-05").emptyList("reports").evaluate();
        assertThat(findings(onTheDay, "D-REPORT", FindingKind.WARNING)).singleElement()
                .satisfies(f -> assertThat(f.message().en()).isEqualTo("The report for October 2025 is due 2025-11-05, 0 days left."));
        Report dayAfter = Snapshots.ward("2025-11-06").emptyList("reports").evaluate();
        assertThat(findings(dayAfter, "D-REPORT", FindingKind.WARNING)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().en()).isEqualTo("No report for October 2025: due 2025-11-05, 1 day overdue.");
                    assertThat(f.message().vi()).isEqualTo("Chưa có báo cáo tháng 10/2025: hạn 05/11/2025, quá 1 ngày.");
                    assertThat(f.due()).isEqualTo(java.time.LocalDate.of(2025, 11, 5));
                });
    }

    @Test
    void unknownDeliverableAndReportCodesAreRejected() {
        assertThatThrownBy(() -> Snapshots.ward("2025-11-10").entry("deliverables", "code", "D-NOPE").evaluate())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.path()).isEqualTo("$.deliverables[0].code")));
        assertThatThrownBy(() -> Snapshots.ward("2025-11-10").entry("reports", "code", "D-UNIT-PLAN", "period", "2025-10", "submitted", "2025-11-01").evaluate())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.expected()).startsWith("a report code, one of D-1022, D-766, D-FORECAST, D-KTXH-REPORT, D-REPORT, D-SNV-SYNTHESIS, D-STC-KTXH, D-STC-PROJECTS, D-VPUB-OVERDUE, D-VPUB-TASKS")));
    }

    private static List<String> reportPeriods(String asOf) {
        Report report = Snapshots.ward(asOf).emptyList("reports").evaluate();
        return report.findings().stream().filter(f -> f.code().equals("D-REPORT")).map(Finding::scope).sorted().toList();
    }

    private static List<Finding> unitPlan(String asOf, String done) {
        Snapshots snapshot = done == null ? Snapshots.ward(asOf).entry("deliverables", "code", "D-UNIT-PLAN")
                : Snapshots.ward(asOf).entry("deliverables", "code", "D-UNIT-PLAN", "done", done);
        return snapshot.evaluate().findings().stream().filter(f -> f.code().equals("D-UNIT-PLAN")).toList();
    }

    private static Report rated(String kind, String role, String group, String whole, String part, long partCount) {
        Snapshots snapshot = role.isEmpty() ? Snapshots.of(kind, "2025-11-30") : Snapshots.of(kind, "2025-11-30", role);
        return snapshot.group(group, whole, 1000L, part, partCount).evaluate();
    }

    private static List<Finding> warnings(Report report, String code) {
        return findings(report, code, FindingKind.WARNING);
    }
}
