package io.github.parsipas;

import io.github.parsipas.methodology.Area;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Status;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The confirmed numbers of the packs, checked against what public sources state (see docs/methodology.md). */
class MethodologyFactsTest {

    private static final Methodology METHODOLOGY = Methodology.bundled();
    private static final io.github.parsipas.methodology.Pack PAR = METHODOLOGY.packs().stream()
            .filter(p -> p.id().equals("par-province")).findFirst().orElseThrow();

    @Test
    void confirmedAreaMaximaAreThePublishedOnes() {
        assertArea(1, "9.5", Status.CONFIRMED);
        assertArea(3, "13", Status.CONFIRMED);
        assertArea(4, "10.5", Status.CONFIRMED);
        assertArea(5, "15", Status.CONFIRMED);
        assertArea(8, "16.5", Status.CONFIRMED);
    }

    @Test
    void unknownAreaMaximaAreProvisionalAndShareTheInferred35point5() {
        assertArea(2, "11", Status.PROVISIONAL);
        assertArea(6, "7.5", Status.PROVISIONAL);
        assertArea(7, "17", Status.PROVISIONAL);
        BigDecimal total = METHODOLOGY.packs().stream().flatMap(p -> p.areas().stream())
                .map(a -> a.maxPoints().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("100");
    }

    /**
     * Each criterion's maximum and each area's survey points, written out (docs/methodology.md's table); added by hand
     * they make the area maxima: 1: 5 + 1.25 + 1.25 + survey 2 = 9.5; 2: 5 + 3 + 3 = 11; 3: 2 + 1.5 + 4 + 1 + 1.5 + 3 = 13;
     * 4: 3.5 + 5 + 2 = 10.5; 5: 4 + 3 + 2 + 2 + 4 = 15; 6: 2.5 + 1.5 + 1.5 + 2 = 7.5; 7: 2 + 2 + 2 + 1.5 + 1.5 + 1 + 1 + 6 = 17;
     * 8: 10 + 6.5 = 16.5.
     */
    @Test
    void eachCriterionAndAreaSurveyHasItsWrittenOutMaximum() {
        Map<String, String> criteria = new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("PAR-1.1", "5"), Map.entry("PAR-1.2", "1.25"), Map.entry("PAR-1.3", "1.25"),
                Map.entry("PAR-2.1", "5"), Map.entry("PAR-2.2", "3"),
                Map.entry("PAR-3.1", "2"), Map.entry("PAR-3.2", "1.5"), Map.entry("PAR-3.3", "4"), Map.entry("PAR-3.4", "1"), Map.entry("PAR-3.5", "1.5"),
                Map.entry("PAR-4.1", "3.5"), Map.entry("PAR-4.2", "5"),
                Map.entry("PAR-5.1", "4"), Map.entry("PAR-5.2", "3"), Map.entry("PAR-5.3", "2"), Map.entry("PAR-5.4", "2"),
                Map.entry("PAR-6.1", "2.5"), Map.entry("PAR-6.2", "1.5"), Map.entry("PAR-6.3", "1.5"),
                Map.entry("PAR-7.1", "2"), Map.entry("PAR-7.2", "2"), Map.entry("PAR-7.3", "2"), Map.entry("PAR-7.4", "1.5"),
                Map.entry("PAR-7.5", "1.5"), Map.entry("PAR-7.6", "1"), Map.entry("PAR-7.7", "1"),
                Map.entry("PAR-8.1", "10"), Map.entry("PAR-8.2", "6.5")));
        Map<String, String> actual = new java.util.TreeMap<>();
        METHODOLOGY.items().values().stream().filter(i -> i.kind() == io.github.parsipas.methodology.Item.Kind.CRITERION && i.area() != null)
                .forEach(i -> actual.put(i.code(), METHODOLOGY.criterionMax(i).stripTrailingZeros().toPlainString()));
        assertThat(actual).isEqualTo(criteria);
        List<String> survey = List.of("2", "3", "3", "2", "4", "2", "6", "0");
        for (int area = 1; area <= 8; area++) {
            assertThat(Methodology.surveyPoints(PAR.area(area).orElseThrow())).as("survey points of area %d", area)
                    .isEqualByComparingTo(survey.get(area - 1));
        }
    }

    @Test
    void theSplitIsThePublishedOne() {
        var par = METHODOLOGY.packs().stream().filter(p -> p.id().equals("par-province")).findFirst().orElseThrow();
        assertThat(value(par, "selfAssessmentPoints")).isEqualByComparingTo("61.5");
        assertThat(value(par, "leadersSurveyPoints")).isEqualByComparingTo("22");
        assertThat(value(par, "sipasPoints")).isEqualByComparingTo("10");
        assertThat(value(par, "socioEconomicPoints")).isEqualByComparingTo("6.5");
        BigDecimal survey = par.areas().stream().map(Methodology::surveyPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(survey).as("survey points spread over areas 1–7").isEqualByComparingTo("22");
        assertThat(METHODOLOGY.criterionMax(METHODOLOGY.item("PAR-8.1").orElseThrow())).isEqualByComparingTo("10");
        assertThat(METHODOLOGY.criterionMax(METHODOLOGY.item("PAR-8.2").orElseThrow())).isEqualByComparingTo("6.5");
    }

    @Test
    void groupsArePublishedAtNinetyEightySeventy() {
        var par = METHODOLOGY.packs().stream().filter(p -> p.id().equals("par-province")).findFirst().orElseThrow();
        assertThat(par.grades()).extracting(g -> g.name().en(), g -> g.atLeast().stripTrailingZeros().toPlainString(), g -> g.status())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Group A", "90", Status.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("Group B", "80", Status.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("Group C", "70", Status.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("Below group C", "0", Status.INFERRED));
    }

    private static BigDecimal value(io.github.parsipas.methodology.Pack pack, String parameter) {
        return pack.parameters().get(parameter).values().get(0).value();
    }

    @Test
    void thePlanTargetsAreThePlansNumbers() {
        assertThat(minRate("T-ONTIME")).isEqualByComparingTo("98");
        assertThat(minRate("T-ONTIME-KNTC")).isEqualByComparingTo("95");
        assertThat(minRate("T-PUB")).isEqualByComparingTo("100");
        assertThat(minRate("T-NOBOUND")).isEqualByComparingTo("100");
        assertThat(minRate("T-CUT-COND")).isEqualByComparingTo("30");
        assertThat(minRate("T-CUT-TIME")).isEqualByComparingTo("30");
        assertThat(minRate("T-CUT-COST")).isEqualByComparingTo("30");
        assertThat(METHODOLOGY.item("T-NOBOUND").orElseThrow().deadline()).hasToString("2025-12-31");
    }

    @Test
    void areaLeadsAreMarkedInferred() {
        assertThat(METHODOLOGY.leadOf(METHODOLOGY.item("T-ONTIME").orElseThrow()).orElseThrow().code()).isEqualTo("VPUB");
        assertThat(METHODOLOGY.leadStatus(METHODOLOGY.item("T-ONTIME").orElseThrow())).isEqualTo(Status.INFERRED);
    }

    @Test
    void borrowedAndAttributedNumbersAreNotCalledConfirmed() {
        // 1001/QĐ-BNV is the measuring method; the 90% goal is an unverified attribution to NQ 76/NQ-CP
        assertThat(status("SIPAS-GOAL", "minPercent")).isEqualTo(Status.INFERRED);
        assertThat(METHODOLOGY.item("SIPAS-GOAL").orElseThrow().status()).isEqualTo(Status.INFERRED);
        // NQ 76's 80% counts procedures offering online payment, not dossiers paid online
        assertThat(status("W6", "minPaymentRate")).isEqualTo(Status.PROVISIONAL);
        assertThat(status("PAR-7.4", "target")).isEqualTo(Status.PROVISIONAL);
    }

    @Test
    void onlyTheDeadlinesThePlanGivesAreConfirmed() {
        // "đến hết năm 2025" in II.1.3, II.1.6, II.1.7; the others are our reading of the plan's year
        for (String code : List.of("T-NOBOUND", "T-DISBURSE", "T-ONLINE-FULL", "T-ONLINE-DOSSIER")) {
            assertThat(METHODOLOGY.item(code).orElseThrow().deadlineStatus()).as(code).isNull();
        }
        for (String code : List.of("T-CUT-COND", "T-CUT-TIME", "T-CUT-COST", "T-TRAINING", "T-DIGI-COMP", "T-DIGI-RESULT", "T-DIGI-REUSE", "T-NDXP")) {
            assertThat(METHODOLOGY.item(code).orElseThrow().deadlineStatus()).as(code).isEqualTo(Status.INFERRED);
        }
    }

    private static Status status(String code, String parameter) {
        return METHODOLOGY.item(code).orElseThrow().parameters().get(parameter).values().get(0).status();
    }

    private static BigDecimal minRate(String code) {
        return METHODOLOGY.item(code).orElseThrow().parameters().get("minRate").values().get(0).value();
    }

    private static void assertArea(int number, String max, Status status) {
        Area area = PAR.area(number).orElseThrow();
        assertThat(area.maxPoints().value()).isEqualByComparingTo(max);
        assertThat(area.maxPoints().status()).isEqualTo(status);
    }
}
