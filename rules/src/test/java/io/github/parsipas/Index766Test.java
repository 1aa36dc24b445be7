package io.github.parsipas;

import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.IndexScore;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.SnapshotLayout;
import org.junit.jupiter.api.Test;

import static io.github.parsipas.TthcPlanRulesTest.findings;
import static org.assertj.core.api.Assertions.assertThat;

/** The 766 index on small inputs computed by hand, at its boundaries. */
class Index766Test {

    @Test
    void aRateExactlyAtItsTargetEarnsFullPointsAndJustUnderIsProRata() {
        assertThat(points(Snapshots.ward("2025-10-31").group("service766.paidOnline", "feeDossiers", 1000L, "paidOnline", 800L).evaluate(), "766-O-PAID"))
                .isEqualByComparingTo("6.00");
        // 6 × 79.9 / 80 = 5.9925
        assertThat(points(Snapshots.ward("2025-10-31").group("service766.paidOnline", "feeDossiers", 1000L, "paidOnline", 799L).evaluate(), "766-O-PAID"))
                .isEqualByComparingTo("5.99");
        // 12 × 50 / 50 and 12 × 49.9 / 50 = 11.976
        assertThat(points(Snapshots.ward("2025-10-31").group("service766.onlineService", "eligibleDossiers", 1000L, "fullProcessOnline", 500L).evaluate(), "766-O-SERVICE"))
                .isEqualByComparingTo("12.00");
        assertThat(points(Snapshots.ward("2025-10-31").group("service766.onlineService", "eligibleDossiers", 1000L, "fullProcessOnline", 499L).evaluate(), "766-O-SERVICE"))
                .isEqualByComparingTo("11.98");
    }

    @Test
    void satisfactionFormulasFollowTheDecision() {
        // (PAKN − dissatisfied or complained) / PAKN = 90 / 100 → 6 × 0.9 = 5.4
        assertThat(points(Snapshots.ward("2025-10-31").group("service766.feedbackSatisfaction", "feedback", 100L, "dissatisfiedOrComplained", 10L).evaluate(),
                "766-S-PAKN-SATISFIED")).isEqualByComparingTo("5.40");
        // 100% − 6% overdue − 5% complaints = 89% of the 90% target → 6 × 89 / 90 = 5.9333
        assertThat(points(Snapshots.ward("2025-10-31").group("service766.tthcSatisfaction", "dossiers", 100L, "overdue", 6L, "complained", 5L).evaluate(),
                "766-S-TTHC-SATISFIED")).isEqualByComparingTo("5.93");
        // More overdue and complaints than dossiers: no negative satisfaction
        assertThat(points(Snapshots.ward("2025-10-31").group("service766.tthcSatisfaction", "dossiers", 10L, "overdue", 8L, "complained", 5L).evaluate(),
                "766-S-TTHC-SATISFIED")).isEqualByComparingTo("0.00");
    }

    @Test
    void zeroDenominatorsCannotBeEvaluated() {
        Report report = Snapshots.ward("2025-10-31").group("service766.paidOnline", "feeDossiers", 0L, "paidOnline", 0L).evaluate();
        assertThat(findings(report, "766-O-PAID", FindingKind.CANNOT_EVALUATE)).singleElement()
                .satisfies(f -> assertThat(f.message().en()).isEqualTo("Cannot evaluate: $.service766.paidOnline has nothing to compute a rate from (denominator 0)."));
        assertThat(report.criteria()).isEmpty();
        assertThat(report.indices()).isEmpty();
    }

    @Test
    void gradesTurnAtNinetyPoints() {
        IndexScore excellent = index(full766().group("service766.resolution", "resolved", 1000L, "onTimeOrEarly", 500L).evaluate());
        assertThat(excellent.points()).isEqualByComparingTo("90.00");
        assertThat(excellent.grade().vi()).isEqualTo("Xuất sắc");
        assertThat(excellent.gradeBasis()).isEqualTo("confirmed");
        IndexScore good = index(full766().group("service766.resolution", "resolved", 2000L, "onTimeOrEarly", 999L).evaluate());
        assertThat(good.points()).isEqualByComparingTo("89.99"); // 20 × 0.4995 = 9.99
        assertThat(good.grade().vi()).isEqualTo("Tốt");
        assertThat(good.unconfirmed()).contains("grade Good: provisional");
    }

    @Test
    void aPartialIndexHasNoGradeAndSaysWhatIsMissing() {
        IndexScore partial = index(Snapshots.ward("2025-10-31").group("service766.resolution", "resolved", 10L, "onTimeOrEarly", 10L).evaluate());
        assertThat(partial.points()).isEqualByComparingTo("20.00");
        assertThat(partial.evaluatedMax()).isEqualByComparingTo("20.00");
        assertThat(partial.maxPoints()).isEqualByComparingTo("100.00");
        assertThat(partial.grade()).isNull();
        assertThat(partial.notEvaluated()).hasSize(18).contains("766-T-ANNOUNCE", "766-S-TTHC-SATISFIED");
    }

    /** Every 766 indicator at 100 %, to be overridden one at a time. */
    private static Snapshots full766() {
        Snapshots snapshots = Snapshots.ward("2025-10-31");
        Snapshots.EVALUATOR.methodology().layout().countGroups().stream().filter(g -> g.path().startsWith("service766.")).forEach(g -> {
            if (g.path().equals("service766.feedbackSatisfaction")) {
                snapshots.group(g.path(), "feedback", 10L, "dissatisfiedOrComplained", 0L);
            } else if (g.path().equals("service766.tthcSatisfaction")) {
                snapshots.group(g.path(), "dossiers", 10L, "overdue", 0L, "complained", 0L);
            } else {
                snapshots.group(g.path(), g.counts().get(0), 10L, g.counts().get(1), 10L);
            }
        });
        return snapshots;
    }

    private static IndexScore index(Report report) {
        return report.indices().stream().filter(i -> i.code().equals("766")).findFirst().orElseThrow();
    }

    private static java.math.BigDecimal points(Report report, String code) {
        return report.criteria().stream().filter(c -> c.code().equals(code)).map(CriterionScore::points).findFirst().orElseThrow();
    }
}
