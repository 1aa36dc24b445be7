package io.github.parsipas;

import io.github.parsipas.methodology.Area;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Status;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The confirmed numbers of the packs, checked against what public sources state (see docs/methodology.md). */
class MethodologyFactsTest {

    private static final Methodology METHODOLOGY = Methodology.bundled();

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

    @Test
    void areaThreeCriteriaAddUpToTheConfirmedThirteenPoints() {
        BigDecimal sum = METHODOLOGY.items().values().stream().filter(i -> Integer.valueOf(3).equals(i.area()) && i.maxPoints() != null)
                .map(i -> i.maxPoints().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("13");
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

    private static BigDecimal minRate(String code) {
        return METHODOLOGY.item(code).orElseThrow().parameters().get("minRate").values().get(0).value();
    }

    private static void assertArea(int number, String max, Status status) {
        Area area = METHODOLOGY.area(number).orElseThrow();
        assertThat(area.maxPoints().value()).isEqualByComparingTo(max);
        assertThat(area.maxPoints().status()).isEqualTo(status);
    }
}
