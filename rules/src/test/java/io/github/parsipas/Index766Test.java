package io.github.parsipas;

import io.github.parsipas.methodology.Status;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.IndexScore;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.Unconfirmed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static io.github.parsipas.TthcPlanRulesTest.findings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 766 index as the portal scores it (the fitted rules), on small inputs computed by hand: each indicator at
 * 0 %, below, at and above its target, at 100 %, and with nothing to divide by; the grades at their cut-offs.
 */
class Index766Test {

    /** Linear indicators: points = max × rate, whatever the rate. Each on 1,000 in the denominator. */
    @ParameterizedTest(name = "{0} at {3}/1000 → {4}")
    @CsvSource({
            // code,               group,                            part,                    part, points
            "766-T-ANNOUNCE,       service766.announcedOnTime,       onTime,                   0,    0.00",
            "766-T-ANNOUNCE,       service766.announcedOnTime,       onTime,                 250,    1.50",
            "766-T-ANNOUNCE,       service766.announcedOnTime,       onTime,                 990,    5.94",
            "766-T-ANNOUNCE,       service766.announcedOnTime,       onTime,                1000,    6.00",
            "766-T-PUBLISH,        service766.publishedOnTime,       onTime,                   0,    0.00",
            "766-T-PUBLISH,        service766.publishedOnTime,       onTime,                 250,    1.00",
            "766-T-PUBLISH,        service766.publishedOnTime,       onTime,                 990,    3.96",
            "766-T-PUBLISH,        service766.publishedOnTime,       onTime,                1000,    4.00",
            "766-T-CONTENT,        service766.fullContent,           complete,                 0,    0.00",
            "766-T-CONTENT,        service766.fullContent,           complete,               250,    0.50",
            "766-T-CONTENT,        service766.fullContent,           complete,               990,    1.98",
            "766-T-CONTENT,        service766.fullContent,           complete,              1000,    2.00",
            "766-T-SYNC,           service766.synchronised,          synchronised,             0,    0.00",
            "766-T-SYNC,           service766.synchronised,          synchronised,           250,    1.50",
            "766-T-SYNC,           service766.synchronised,          synchronised,           990,    5.94",
            "766-T-SYNC,           service766.synchronised,          synchronised,          1000,    6.00",
            "766-P-ONTIME,         service766.resolution,            onTimeOrEarly,            0,    0.00",
            "766-P-ONTIME,         service766.resolution,            onTimeOrEarly,          250,    5.00",
            "766-P-ONTIME,         service766.resolution,            onTimeOrEarly,          980,   19.60",
            "766-P-ONTIME,         service766.resolution,            onTimeOrEarly,          990,   19.80",
            "766-P-ONTIME,         service766.resolution,            onTimeOrEarly,         1000,   20.00",
            "766-O-USED,           service766.onlineUsed,            withDossiers,             0,    0.00",
            "766-O-USED,           service766.onlineUsed,            withDossiers,           250,    1.00",
            "766-O-USED,           service766.onlineUsed,            withDossiers,           990,    3.96",
            "766-O-USED,           service766.onlineUsed,            withDossiers,          1000,    4.00",
            "766-O-PAID,           service766.paidOnline,            paidOnline,               0,    0.00",
            "766-O-PAID,           service766.paidOnline,            paidOnline,             250,    1.50",
            "766-O-PAID,           service766.paidOnline,            paidOnline,             800,    4.80",
            "766-O-PAID,           service766.paidOnline,            paidOnline,            1000,    6.00",
            "766-D-RESULT,         service766.electronicResults,     electronic,               0,    0.00",
            "766-D-RESULT,         service766.electronicResults,     electronic,             800,    4.80",
            "766-D-RESULT,         service766.electronicResults,     electronic,            1000,    6.00",
            "766-D-COMPONENT,      service766.digitisedComponents,   digitised,                0,    0.00",
            "766-D-COMPONENT,      service766.digitisedComponents,   digitised,              800,    3.20",
            "766-D-COMPONENT,      service766.digitisedComponents,   digitised,             1000,    4.00",
            "766-D-COPY,           service766.certifiedCopies,       electronic,               0,    0.00",
            "766-D-COPY,           service766.certifiedCopies,       electronic,             800,    1.60",
            "766-D-COPY,           service766.certifiedCopies,       electronic,            1000,    2.00",
            "766-D-SHARE,          service766.sharedForReuse,        shared,                   0,    0.00",
            "766-D-SHARE,          service766.sharedForReuse,        shared,                 800,    3.20",
            "766-D-SHARE,          service766.sharedForReuse,        shared,                1000,    4.00",
            "766-D-POPDATA,        service766.populationData,        usingPopulationData,      0,    0.00",
            "766-D-POPDATA,        service766.populationData,        usingPopulationData,    800,    1.60",
            "766-D-POPDATA,        service766.populationData,        usingPopulationData,   1000,    2.00",
            "766-D-POPLINK,        service766.populationConnected,   connected,                0,    0.00",
            "766-D-POPLINK,        service766.populationConnected,   connected,              800,    1.60",
            "766-D-POPLINK,        service766.populationConnected,   connected,             1000,    2.00",
            "766-S-PAKN-ONTIME,    service766.feedbackOnTime,        onTimeOrEarly,            0,    0.00",
            "766-S-PAKN-ONTIME,    service766.feedbackOnTime,        onTimeOrEarly,          900,    5.40",
            "766-S-PAKN-ONTIME,    service766.feedbackOnTime,        onTimeOrEarly,         1000,    6.00",
    })
    void linearIndicatorsScoreTheMaximumTimesTheRate(String code, String group, String part, long count, BigDecimal points) {
        assertThat(points(Snapshots.department("2025-10-31").group(group, wholeOf(group), 1000L, part, count).evaluate(), code)).isEqualByComparingTo(points);
    }

    /** Indicators full at a target, pro rata below: 0, half the target, just below it, at it, just above it, 100 %. */
    @ParameterizedTest(name = "{0} at {3}/1000 → {4}")
    @CsvSource({
            // target 80 %, max 2: 2 × 40 / 80; 2 × 79 / 80 = 1.975
            "766-O-OFFERED,        service766.onlineOffered,         offeringOnline,           0,    0.00",
            "766-O-OFFERED,        service766.onlineOffered,         offeringOnline,         400,    1.00",
            "766-O-OFFERED,        service766.onlineOffered,         offeringOnline,         790,    1.98",
            "766-O-OFFERED,        service766.onlineOffered,         offeringOnline,         800,    2.00",
            "766-O-OFFERED,        service766.onlineOffered,         offeringOnline,         810,    2.00",
            "766-O-OFFERED,        service766.onlineOffered,         offeringOnline,        1000,    2.00",
            // target 50 %, max 6: 6 × 25 / 50; 6 × 49 / 50 = 5.88
            "766-O-INTAKE,         service766.onlineIntake,          online,                   0,    0.00",
            "766-O-INTAKE,         service766.onlineIntake,          online,                 250,    3.00",
            "766-O-INTAKE,         service766.onlineIntake,          online,                 490,    5.88",
            "766-O-INTAKE,         service766.onlineIntake,          online,                 500,    6.00",
            "766-O-INTAKE,         service766.onlineIntake,          online,                 510,    6.00",
            "766-O-INTAKE,         service766.onlineIntake,          online,                1000,    6.00",
            // target 80 %, max 2 (the portal's 2.5 × rate, capped at 2)
            "766-O-PAY-USE,        service766.paymentUsed,           withOnlineTransactions,   0,    0.00",
            "766-O-PAY-USE,        service766.paymentUsed,           withOnlineTransactions, 400,    1.00",
            "766-O-PAY-USE,        service766.paymentUsed,           withOnlineTransactions, 790,    1.98",
            "766-O-PAY-USE,        service766.paymentUsed,           withOnlineTransactions, 800,    2.00",
            "766-O-PAY-USE,        service766.paymentUsed,           withOnlineTransactions, 810,    2.00",
            "766-O-PAY-USE,        service766.paymentUsed,           withOnlineTransactions,1000,    2.00",
            "766-O-PAY-SYNC,       service766.paymentSynchronised,   withSynchronisedDossiers, 0,    0.00",
            "766-O-PAY-SYNC,       service766.paymentSynchronised,   withSynchronisedDossiers, 400,  1.00",
            "766-O-PAY-SYNC,       service766.paymentSynchronised,   withSynchronisedDossiers, 790,  1.98",
            "766-O-PAY-SYNC,       service766.paymentSynchronised,   withSynchronisedDossiers, 800,  2.00",
            "766-O-PAY-SYNC,       service766.paymentSynchronised,   withSynchronisedDossiers, 810,  2.00",
            "766-O-PAY-SYNC,       service766.paymentSynchronised,   withSynchronisedDossiers,1000,  2.00",
            // target 80 %, max 2
            "766-D-REUSE,          service766.reuse,                 reusing,                  0,    0.00",
            "766-D-REUSE,          service766.reuse,                 reusing,                400,    1.00",
            "766-D-REUSE,          service766.reuse,                 reusing,                790,    1.98",
            "766-D-REUSE,          service766.reuse,                 reusing,                800,    2.00",
            "766-D-REUSE,          service766.reuse,                 reusing,                810,    2.00",
            "766-D-REUSE,          service766.reuse,                 reusing,               1000,    2.00",
    })
    void targetIndicatorsAreFullAtTheTargetAndProRataBelow(String code, String group, String part, long count, BigDecimal points) {
        assertThat(points(Snapshots.department("2025-10-31").group(group, wholeOf(group), 1000L, part, count).evaluate(), code)).isEqualByComparingTo(points);
    }

    /** TTHC satisfaction = 100 % − overdue % − complaint %, full at 90 %; PAKN satisfaction = (PAKN − dissatisfied) / PAKN, linear. */
    @ParameterizedTest(name = "overdue {0}, complained {1} of 1000 → {2}")
    @CsvSource({
            "1000,   0, 0.00",   // 0 %
            " 550,   0, 3.00",   // 45 % → 6 × 45 / 90
            " 110,   0, 5.93",   // 89 % → 6 × 89 / 90 = 5.933
            "  60,  40, 6.00",   // 90 %
            "  50,  40, 6.00",   // 91 %
            "   0,   0, 6.00",   // 100 %
            " 600, 600, 0.00",   // more overdue and complaints than dossiers: no negative satisfaction
    })
    void tthcSatisfactionIsFullAtNinetyPercent(long overdue, long complained, BigDecimal points) {
        Report report = Snapshots.department("2025-10-31").group("service766.tthcSatisfaction", "dossiers", 1000L, "overdue", overdue, "complained", complained).evaluate();
        assertThat(points(report, "766-S-TTHC-SATISFIED")).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} of 1000 dissatisfied → {1}")
    @CsvSource({"1000, 0.00", "750, 1.50", "10, 5.94", "0, 6.00"})
    void feedbackSatisfactionIsLinear(long dissatisfied, BigDecimal points) {
        Report report = Snapshots.department("2025-10-31").group("service766.feedbackSatisfaction", "feedback", 1000L, "dissatisfiedOrComplained", dissatisfied).evaluate();
        assertThat(points(report, "766-S-PAKN-SATISFIED")).isEqualByComparingTo(points);
    }

    /** The portal's special cases: no feedback earns full points, no dossiers no TTHC-satisfaction points, nothing to pay none. */
    @ParameterizedTest(name = "{0} with nothing to count → {3}")
    @CsvSource({
            "766-S-PAKN-ONTIME,    service766.feedbackOnTime,        onTimeOrEarly,            6.00",
            "766-S-PAKN-SATISFIED, service766.feedbackSatisfaction,  dissatisfiedOrComplained, 6.00",
            "766-O-PAID,           service766.paidOnline,            paidOnline,               0.00",
            "766-O-PAY-USE,        service766.paymentUsed,           withOnlineTransactions,   0.00",
            "766-O-PAY-SYNC,       service766.paymentSynchronised,   withSynchronisedDossiers, 0.00",
    })
    void nothingToCountScoresAsThePortalDoes(String code, String group, String part, BigDecimal points) {
        Report report = Snapshots.department("2025-10-31").group(group, wholeOf(group), 0L, part, 0L).evaluate();
        assertThat(points(report, code)).isEqualByComparingTo(points);
        assertThat(report.criteria()).filteredOn(c -> c.code().equals(code)).singleElement()
                .satisfies(c -> assertThat(c.evidence().required().en()).isEqualTo(points.signum() > 0 ? "none: full points" : "none: no points"));
    }

    @Test
    void noDossiersGiveNoTthcSatisfactionPoints() {
        Report report = Snapshots.department("2025-10-31").group("service766.tthcSatisfaction", "dossiers", 0L, "overdue", 0L, "complained", 0L).evaluate();
        assertThat(points(report, "766-S-TTHC-SATISFIED")).isEqualByComparingTo("0.00");
        assertThat(findings(report, "766-S-TTHC-SATISFIED", FindingKind.DEDUCTION)).singleElement()
                .satisfies(f -> assertThat(f.pointsLost()).isEqualByComparingTo("6.00"));
    }

    /** As the portal scores a zero denominator: a null score (announcement, publication, sync, digitisation) or 0 (on time): no points. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "766-T-ANNOUNCE,  service766.announcedOnTime,     6",
            "766-T-PUBLISH,   service766.publishedOnTime,     4",
            "766-T-SYNC,      service766.synchronised,        6",
            "766-P-ONTIME,    service766.resolution,          20",
            "766-D-REUSE,     service766.reuse,               2",
            "766-D-COPY,      service766.certifiedCopies,     2",
    })
    void nothingToDivideByScoresNoneAsThePortalDoes(String code, String group, String max) {
        var declared = Snapshots.EVALUATOR.methodology().layout().group(group).orElseThrow();
        Report report = Snapshots.department("2025-10-31").group(group, declared.counts().get(0), 0L, declared.counts().get(1), 0L).evaluate();
        assertThat(points(report, code)).isEqualByComparingTo("0");
        assertThat(findings(report, code, FindingKind.DEDUCTION)).singleElement().satisfies(f -> {
            assertThat(f.pointsLost()).isEqualByComparingTo(max);
            assertThat(f.evidence().threshold().scale()).isEqualTo(io.github.parsipas.report.Threshold.Scale.ZERO_WHEN_NONE);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "766-O-OFFERED,   service766.onlineOffered",
            "766-O-INTAKE,    service766.onlineIntake",
    })
    void otherwiseNothingToDivideByCannotBeEvaluated(String code, String group) {
        Snapshots snapshots = Snapshots.department("2025-10-31");
        var declared = Snapshots.EVALUATOR.methodology().layout().group(group).orElseThrow();
        Report report = snapshots.group(group, declared.counts().get(0), 0L, declared.counts().get(1), 0L).evaluate();
        assertThat(findings(report, code, FindingKind.CANNOT_EVALUATE)).singleElement()
                .satisfies(f -> assertThat(f.message().en()).isEqualTo("Cannot evaluate: $." + group + " has nothing to compute a rate from (denominator 0)."));
        assertThat(report.criteria()).isEmpty();
        assertThat(report.indices()).isEmpty();
    }

    @Test
    void aWardIsNotScoredOnTheProvinceOnlyIndicators() {
        Report report = Snapshots.ward("2025-10-31").group("service766.onlineIntake", "dossiers", 10L, "online", 10L)
                .group("service766.populationData", "dossiers", 10L, "usingPopulationData", 10L)
                .group("service766.resolution", "resolved", 10L, "onTimeOrEarly", 10L).evaluate();
        IndexScore index = index(report);
        assertThat(index.notApplicable()).containsExactly("766-O-OFFERED", "766-O-USED", "766-O-INTAKE", "766-D-POPDATA", "766-D-POPLINK");
        assertThat(index.notEvaluated()).doesNotContain("766-O-INTAKE", "766-D-POPDATA");
        assertThat(report.criteria()).extracting(io.github.parsipas.report.CriterionScore::code).doesNotContain("766-O-INTAKE", "766-D-POPDATA");
        assertThat(index.points()).isEqualByComparingTo("20"); // timeliness only
        assertThat(index.grade()).isNull();
        assertThat(io.github.parsipas.report.ReportWriter.markdown(report, io.github.parsipas.text.Language.EN))
                .contains("Not scored for a ward or commune (province-only on the operator's indicator sheet): 766-O-OFFERED, 766-O-USED, 766-O-INTAKE, 766-D-POPDATA, 766-D-POPLINK.");
    }

    /**
     * No petitions: full points as the portal's scores give (the parameter at 0); with the operator's sheet (50), half of
     * each PAKN criterion follows TTHC satisfaction. TTHC satisfaction 45 % of its 90 % target: 6 × 45 / 90 = 3 of 6, so
     * each PAKN criterion 6 × (1 − 0.5 + 0.5 × 3 / 6) = 4.50 and the group 4.5 + 4.5 + 3 = 12.
     */
    @Test
    void feedbackWithNoPetitionsIsFullOrFollowsTthcSatisfactionByTheParameter() {
        Snapshots snapshots = Snapshots.department("2025-10-31").group("service766.feedbackOnTime", "feedback", 0L, "onTimeOrEarly", 0L)
                .group("service766.feedbackSatisfaction", "feedback", 0L, "dissatisfiedOrComplained", 0L)
                .group("service766.tthcSatisfaction", "dossiers", 100L, "overdue", 55L, "complained", 0L);
        Report fitted = snapshots.evaluate();
        assertThat(points(fitted, "766-S-PAKN-ONTIME")).isEqualByComparingTo("6");
        assertThat(points(fitted, "766-S-PAKN-SATISFIED")).isEqualByComparingTo("6");
        assertThat(fitted.criteria().stream().filter(c -> c.code().equals("766-S-PAKN-ONTIME")).findFirst().orElseThrow().unconfirmed()).anySatisfy(u -> assertThat(u.value()).isEqualTo("noneFollows"));
        var sheet = new io.github.parsipas.methodology.Parameter("percent", java.util.List.of(new io.github.parsipas.methodology.DatedValue(
                java.time.LocalDate.of(2022, 8, 1), null, new java.math.BigDecimal("50"), io.github.parsipas.methodology.Status.PROVISIONAL,
                io.github.parsipas.text.Text.same("the operator's indicator sheet (test)"))));
        var operator = io.github.parsipas.Evaluator.create(Snapshots.EVALUATOR.methodology().withOverrides(new io.github.parsipas.methodology.Overrides(
                java.util.Map.of(), java.util.Map.of(
                        "766-S-PAKN-ONTIME", new io.github.parsipas.methodology.Overrides.ItemOverride(null, java.util.Map.of("noneFollows", sheet)),
                        "766-S-PAKN-SATISFIED", new io.github.parsipas.methodology.Overrides.ItemOverride(null, java.util.Map.of("noneFollows", sheet))))));
        Report split = operator.evaluate(snapshots.snapshot());
        assertThat(points(split, "766-S-TTHC-SATISFIED")).isEqualByComparingTo("3");
        assertThat(points(split, "766-S-PAKN-ONTIME")).isEqualByComparingTo("4.50");
        assertThat(points(split, "766-S-PAKN-SATISFIED")).isEqualByComparingTo("4.50");
        assertThat(index(split).groups()).filteredOn(g -> g.code().equals("satisfaction")).singleElement()
                .satisfies(g -> assertThat(g.points()).isEqualByComparingTo("12"));
    }

    @Test
    void onlineServicesShowAsTwoGroupsOfTwelveAndTen() {
        IndexScore index = index(full766().group("service766.onlineIntake", "dossiers", 1000L, "online", 250L)
                .group("service766.paidOnline", "feeDossiers", 1000L, "paidOnline", 500L).evaluate());
        assertThat(index.groups()).extracting(IndexScore.GroupScore::code)
                .containsExactly("transparency", "timeliness", "onlineService", "onlinePayment", "digitisation", "satisfaction");
        assertThat(index.groups()).extracting(g -> g.maxPoints().toPlainString()).containsExactly("18.00", "20.00", "12.00", "10.00", "22.00", "18.00");
        // online service 2 + 4 + 6 × 25 / 50 = 9; online payment 6 × 0.5 + 2 + 2 = 7
        assertThat(index.groups()).extracting(g -> g.points().toPlainString()).containsExactly("18.00", "20.00", "9.00", "7.00", "22.00", "18.00");
        assertThat(index.points()).isEqualByComparingTo("94.00");
    }

    /** The total's grade at each cut-off: 90 Xuất sắc, 80 Tốt, 65 Khá, 50 Trung bình, below Yếu. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "90.00, Xuất sắc", "89.99, Tốt", "80.00, Tốt", "79.99, Khá", "65.00, Khá", "64.99, Trung bình", "50.00, Trung bình", "49.99, Yếu",
    })
    void gradesTurnAtTheirCutOffs(BigDecimal total, String grade) {
        IndexScore index = index(losing(total).evaluate());
        assertThat(index.points()).isEqualByComparingTo(total);
        assertThat(index.grade().vi()).isEqualTo(grade);
        assertThat(index.gradeBasis()).isEqualTo(switch (grade) {
            case "Xuất sắc", "Yếu" -> "confirmed";
            case "Trung bình" -> "inferred";
            default -> "provisional";
        });
    }

    @Test
    void aPartialIndexHasNoGradeAndSaysWhatIsMissing() {
        IndexScore partial = index(Snapshots.department("2025-10-31").group("service766.resolution", "resolved", 10L, "onTimeOrEarly", 10L).evaluate());
        assertThat(partial.points()).isEqualByComparingTo("20.00");
        assertThat(partial.evaluatedMax()).isEqualByComparingTo("20.00");
        assertThat(partial.maxPoints()).isEqualByComparingTo("100.00");
        assertThat(partial.grade()).isNull();
        // every item of the pack file but those reading the one group sent
        java.util.List<String> notReadingResolution = PackFiles.items("index-766").stream()
                .filter(i -> !i.get("inputs").toString().contains("\"service766.resolution\"")).map(i -> i.get("code").asText()).toList();
        assertThat(notReadingResolution).contains("766-T-ANNOUNCE", "766-S-TTHC-SATISFIED").doesNotContain("766-P-ONTIME");
        assertThat(partial.notEvaluated()).containsExactlyInAnyOrderElementsOf(notReadingResolution);
    }

    @Test
    void theFittedRulesSayWhatTheyAre() {
        Report report = full766().evaluate();
        assertThat(index(report).unconfirmed()).contains(Unconfirmed.of("maxPoints", Status.INFERRED).of("766-O-PAY-SYNC"), Unconfirmed.of("target", Status.FITTED).of("766-D-REUSE"),
                Unconfirmed.of("item", Status.FITTED).of("766-T-ANNOUNCE"));
        assertThat(report.criteria()).filteredOn(c -> c.code().equals("766-T-ANNOUNCE")).singleElement()
                .satisfies(c -> assertThat(c.evidence().required().en()).isEqualTo("max × rate"));
    }

    /** Every indicator at 100 % but for the points lost to reach {@code total}. */
    private static Snapshots losing(BigDecimal total) {
        Snapshots s = full766();
        switch (total.toPlainString()) {
            case "90.00" -> s.group("service766.resolution", "resolved", 1000L, "onTimeOrEarly", 500L);          // −10
            case "89.99" -> s.group("service766.resolution", "resolved", 2000L, "onTimeOrEarly", 999L);          // 20 × 0.4995 = 9.99
            case "80.00" -> timelinessDown(s);
            case "79.99" -> timelinessDown(s).group("service766.announcedOnTime", "procedures", 600L, "onTime", 599L); // 6 × 599/600 = 5.99
            case "65.00" -> transparencyDown(timelinessDown(s));
            case "64.99" -> transparencyDown(timelinessDown(s)).group("service766.fullContent", "procedures", 200L, "complete", 199L); // 2 × 0.995
            case "50.00" -> onlineDown(transparencyDown(timelinessDown(s)));
            case "49.99" -> onlineDown(transparencyDown(timelinessDown(s))).group("service766.certifiedCopies", "requests", 200L, "electronic", 199L);
            default -> throw new IllegalArgumentException(total.toPlainString());
        }
        return s;
    }

    /** −20: nothing on time. */
    private static Snapshots timelinessDown(Snapshots s) {
        return s.group("service766.resolution", "resolved", 10L, "onTimeOrEarly", 0L);
    }

    /** −15: announced 0 (−6), synchronised 0 (−6), published 25 % (−3). */
    private static Snapshots transparencyDown(Snapshots s) {
        return s.group("service766.announcedOnTime", "procedures", 10L, "onTime", 0L)
                .group("service766.synchronised", "dossiers", 10L, "synchronised", 0L)
                .group("service766.publishedOnTime", "procedures", 1000L, "onTime", 250L);
    }

    /** −15 more: published 0 (−1 more), online use 0 (−4), online intake 0 (−6), online offer 0 (−2), content 0 (−2). */
    private static Snapshots onlineDown(Snapshots s) {
        return s.group("service766.publishedOnTime", "procedures", 10L, "onTime", 0L)
                .group("service766.onlineUsed", "services", 10L, "withDossiers", 0L)
                .group("service766.onlineIntake", "dossiers", 10L, "online", 0L)
                .group("service766.onlineOffered", "procedures", 10L, "offeringOnline", 0L)
                .group("service766.fullContent", "procedures", 10L, "complete", 0L);
    }

    /** Every 766 indicator at 100 %, to be overridden one at a time. */
    private static Snapshots full766() {
        Snapshots snapshots = Snapshots.department("2025-10-31");
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

    private static String wholeOf(String group) {
        return Snapshots.EVALUATOR.methodology().layout().group(group).orElseThrow().counts().get(0);
    }

    private static IndexScore index(Report report) {
        return report.indices().stream().filter(i -> i.code().equals("766")).findFirst().orElseThrow();
    }

    private static BigDecimal points(Report report, String code) {
        return report.criteria().stream().filter(c -> c.code().equals(code)).map(CriterionScore::points).findFirst().orElseThrow();
    }
}
