package io.github.parsipas;

import io.github.parsipas.text.Language;
import io.github.parsipas.report.Problem;
import io.github.parsipas.report.WhatIf;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a change to the counts would win, on the examples, every number worked by hand. */
class WhatIfTest {

    private static final Snapshot WARD = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/ward-ben-thanh-2025-10.json"));

    @Test
    void raisingOnlineDossiersAndOneFieldClosesTheirProblems() {
        Map<String, Long> changes = new LinkedHashMap<>();
        changes.put("digital.onlineDossiers.online", 1000L);             // 521 → 1,000 of 1,243 = 80.45%
        changes.put("tthc.fields[dat-dai].resolvedOnTime", 129L);        // 124 → 129 of 131 = 98.47%
        WhatIf whatIf = Snapshots.EVALUATOR.whatIf(WARD, changes);
        // PAR-7.2: 2 × 41.91 / 80 = 1.05 before; at 80.45% ≥ 80% the full 2 after. PAR-3.3 stays in the 98% band (99.42%).
        assertThat(whatIf.criteria()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("PAR-7.2");
            assertThat(d.before()).isEqualByComparingTo("1.05");
            assertThat(d.after()).isEqualByComparingTo("2.00");
            assertThat(d.difference()).isEqualByComparingTo("0.95");
        });
        assertThat(whatIf.closed()).extracting(p -> p.misses().stream().map(Problem.Miss::code).toList())
                .containsExactlyInAnyOrder(java.util.List.of("PAR-7.2", "T-ONLINE-DOSSIER"), java.util.List.of("T-ONTIME"));
        assertThat(whatIf.opened()).isEmpty();
        assertThat(whatIf.markdown(Language.VI)).contains("| PAR-7.2 Hồ sơ TTHC xử lý trực tuyến | 1,05 | 2 | +0,95 |", "Vấn đề được giải quyết (2):");
    }

    @Test
    void payingEveryFeeOnlineWinsTheCityItsPaymentPoints() {
        Snapshot city = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/city-766-2025-10.yaml"));
        WhatIf whatIf = Snapshots.EVALUATOR.whatIf(city, Map.of("service766.paidOnline.paidOnline", 120_000L));
        // 766-O-PAID: 6 × 65% = 3.90 → 6 × 100% = 6; the index 86.43 → 88.53
        assertThat(whatIf.indices()).filteredOn(d -> d.code().equals("766")).singleElement().satisfies(d -> {
            assertThat(d.before()).isEqualByComparingTo("86.43");
            assertThat(d.after()).isEqualByComparingTo("88.53");
        });
        assertThat(whatIf.criteria()).extracting(WhatIf.Delta::code).containsExactly("766-O-PAID");
    }

    @Test
    void aChangeMustBeACountOfTheSnapshotAndFitItsGroup() {
        assertThatThrownBy(() -> Snapshots.EVALUATOR.whatIf(WARD, Map.of("tthc.fields[dat-dai].resolvedOnTime", 200L)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tthc.fields[dat-dai].resolvedOnTime: found 200, expected at most resolved (131)");
        assertThatThrownBy(() -> Snapshots.EVALUATOR.whatIf(WARD, Map.of("digital.onlineDossiers.offline", 5L)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("digital.onlineDossiers.offline: found no such count in the snapshot");
        assertThatThrownBy(() -> Snapshots.EVALUATOR.whatIf(WARD, Map.of("digital.onlineDossiers.online", -1L)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected a count from 0 to");
    }
}
