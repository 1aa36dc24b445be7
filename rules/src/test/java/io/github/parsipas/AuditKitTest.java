package io.github.parsipas;

import io.github.parsipas.audit.Audit;
import io.github.parsipas.audit.AuditRun;
import io.github.parsipas.audit.Explainer;
import io.github.parsipas.text.Language;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.audit.FixtureReader;
import io.github.parsipas.audit.FixtureResult;
import io.github.parsipas.snapshot.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit kit itself: wrong fixtures fail in words a methodology owner can read. */
class AuditKitTest {

    private static final Audit AUDIT = new Audit(Snapshots.EVALUATOR);
    private static final Path WARD = Path.of("src/test/resources/snapshots/ward.json");

    @Test
    void aWrongFixtureSaysExpectedAndActualInItsOwnTerms() {
        FixtureResult result = AUDIT.run(FixtureReader.read(Path.of("src/test/resources/wrong-fixtures/wrong-expectations.yaml")));
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).hasSize(7);
        assertThat(result.failures().subList(0, 6)).containsExactly(
                "the fixture was written for pack par-province 2024.9, but 2025.1 is loaded",
                "the fixture names T-ONTIEM, which no item or index group of the rule set has",
                "expected criterion PAR-3.3 = 5 points (± 0.005), but got 3",
                "expected criterion PAR-3.1 = 2.5 points (± 0.005), but it was not scored",
                "expected warning T-ONTIME (scope ho-tich), but it was not found; findings with code T-ONTIME: "
                        + "warning T-ONTIME (scope dat-dai): Field Đất đai: 94.66% resolved on time (124/131 dossiers), required ≥ 98%.; "
                        + "warning T-ONTIME (scope xay-dung): Field Xây dựng: 96.15% resolved on time (50/52 dossiers), required ≥ 98%.",
                "expected no finding T-PAKN, but found: warning T-PAKN (scope all): "
                        + "Feedback and petitions handled on time: 86.96% (20/23), required ≥ 100%.");
        // What else fired grows with the packs: only the rules this fixture's own findings show must be among them.
        String notFired = "expected rule \"T-PUB: not every TTHC announced on time\" to fire, but it did not; fired: [";
        assertThat(result.failures().get(6)).startsWith(notFired).endsWith("]");
        assertThat(result.failures().get(6).substring(notFired.length()))
                .contains("T-ONTIME: a field resolves fewer than 98% of dossiers on time", "T-PAKN: feedback and petitions not all handled on time")
                .doesNotContain("T-PUB:");
    }

    @Test
    void explainShowsTheRuleTheFactsAndTheParameterSources() {
        String text = new Explainer(Snapshots.EVALUATOR).explain(Snapshots.EVALUATOR.reader().read(WARD), "T-ONTIME", Language.EN);
        assertThat(text)
                .contains("- `minRate` = 98 percent (confirmed, from 2025-09-26; KH 109, II.1.3)")
                .contains("- warning [dat-dai] Field Đất đai: 94.66% resolved on time (124/131 dossiers), required ≥ 98%. (`$.tthc.fields[2]`: 94.66% (124/131))")
                .contains("- \"T-ONTIME: a field resolves fewer than 98% of dossiers on time\" (KH 109/KH-UBND ngày 26/9/2025, II.1.3): fired on")
                .contains("    tthc.fields [xay-dung] at $.tthc.fields[3]: 50/52 = 96.15%")
                .doesNotContain("Why no warning");
        // In Vietnamese, the rule, the parameter's source and the facts too, numbers and dates as Vietnamese writes them.
        assertThat(new Explainer(Snapshots.EVALUATOR).explain(Snapshots.EVALUATOR.reader().read(WARD), "T-ONTIME", Language.VI))
                .contains("- \"T-ONTIME: một lĩnh vực giải quyết đúng hạn dưới 98% hồ sơ\" (KH 109/KH-UBND ngày 26/9/2025, II.1.3): đã kích hoạt trên")
                .contains("    T-ONTIME, `minRate` = 98 (đã xác nhận, từ 26/09/2025; KH 109, II.1.3)\n")
                .contains("    `tthc.fields` [xay-dung] tại `$.tthc.fields[3]`: 50/52 = 96,15%\n");
    }

    @Test
    void explainSaysWhichConditionDidNotHoldWithTheInputValue() {
        Snapshot allMet = Snapshots.ward("2025-10-31").field("ho-tich", "Hộ tịch", 100, 100, 99).complaints(40, 39).snapshot();
        Explainer explainer = new Explainer(Snapshots.EVALUATOR);
        assertThat(explainer.explain(allMet, "T-ONTIME-KNTC", Language.EN))
                .contains("Findings: none")
                .contains("did not fire")
                .contains("- tthc.complaints [all] at $.tthc.complaints: 39/40 = 97.50% is not below 95%, so the rule's condition does not hold");
        assertThat(explainer.explain(allMet, "T-PUB", Language.VI))
                .contains("- không áp dụng cho đơn vị loại phường, xã (Áp dụng cho: thành phố; sở, ban, ngành)");
        assertThat(explainer.explain(Snapshots.ward("2025-09-25").field("a", "A", 10, 10, 1).snapshot(), "T-ONTIME", Language.EN))
                .contains("- `minRate` not in force on 2025-09-25");
        assertThat(explainer.explain(Snapshots.ward("2025-10-20").entry("deliverables", "code", "D-UNIT-PLAN", "done", "2025-10-08").snapshot(),
                "D-UNIT-PLAN", Language.EN))
                .contains("- D-UNIT-PLAN [once] at $.deliverables[0]: due 2025-10-10, done 2025-10-08, asOf 2025-10-20");
        assertThat(explainer.explain(Snapshots.ward("2025-10-20").entry("deliverables", "code", "D-UNIT-PLAN", "done", "2025-10-08").snapshot(),
                "D-UNIT-PLAN", Language.VI))
                .contains("- D-UNIT-PLAN [once] tại `$.deliverables[0]`: hạn 10/10/2025, hoàn thành ngày 08/10/2025, ngày đánh giá 20/10/2025");
        assertThat(explainer.explain(allMet, "T-PAKN", Language.EN))
                .contains("- cannot-evaluate [all] Cannot evaluate: the snapshot has no $.tthc.feedback section.");
        assertThatThrownBy(() -> explainer.explain(allMet, "T-NOPE", Language.EN)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("<finding-code>: found \"T-NOPE\", expected a criterion or target code, one of 766-D-COMPONENT,");
    }

    @Test
    void aFolderRunCountsAndListsCoverage(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("src/test/fixtures/tthc/ward-all-targets-met.yaml"), dir.resolve("ok.yaml"));
        Files.writeString(dir.resolve("bad.yaml"), "name: broken\nsnapshot: {}\nexpectations: {}\n");
        AuditRun run = AUDIT.run(dir);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.summary())
                .contains("PASS  Ward meeting every TTHC target: full points, no warning")
                .contains("FAIL  bad.yaml")
                .contains("$.expectations: found \"expectations\", expected one of asOf, description, expect, method, methodology, name, parameters, snapshot, snapshotFile")
                .contains("1 passed, 1 failed")
                .contains("rules that never found anything (criteria: never deducted):\n")
                .contains("\n    - PAR-3.1: score TTHC announced on time\n");
    }

    @Test
    void fixtureErrorsNameTheFileAndPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.yaml");
        Files.writeString(file, "name: x\nsnapshotFile: s.json\nexpect:\n  present:\n    - {code: T-ONTIME, kind: warn}\n");
        assertThatThrownBy(() -> FixtureReader.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("$.expect.present[0].kind: found \"warn\", expected one of deduction, warning, recommendation, note, cannot-evaluate");
    }

    @Test
    void aFixtureAsOfReplacesTheSnapshotsOwn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("late.yaml"), """
                name: the same ward a year later
                asOf: 2026-10-31
                snapshotFile: %s
                expect:
                  present:
                    - {code: T-NOBOUND, kind: warning, message: "304 days past"}
                """.formatted(Path.of("src/test/resources/snapshots/ward.json").toAbsolutePath()));
        assertThat(AUDIT.run(dir).results()).singleElement().satisfies(r -> assertThat(r.failures()).isEmpty());
    }

    @Test
    void aFixtureMayNameAMethodAndAParameterFileThatMustExist(@TempDir Path dir) throws Exception {
        String snapshot = "snapshotFile: " + WARD.toAbsolutePath() + "\n";
        Files.writeString(dir.resolve("method.yaml"), "name: an unknown method\nmethod: 999/QĐ-BNV\n" + snapshot);
        Files.writeString(dir.resolve("parameters.yaml"), "name: a missing parameter file\nparameters: nowhere.yaml\n" + snapshot);
        assertThat(AUDIT.run(dir).results()).extracting(r -> r.failures()).containsExactly(
                List.of("the fixture asks for method 999/QĐ-BNV, which no loaded pack has; known: 876/QĐ-BNV, 1187/QĐ-BNV"),
                List.of("the fixture's input was rejected: invalid input fixture " + dir.resolve("parameters.yaml") + ":\n"
                        + "  $.parameters: found \"nowhere.yaml\", expected a readable parameter file, relative to the fixture"));
    }

    @Test
    void aRunUnderAMethodNoPackHasIsRefusedBeforeAnyFixture() {
        assertThatThrownBy(() -> new Audit(Snapshots.EVALUATOR, "2000/QĐ-BNV")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--method: found \"2000/QĐ-BNV\", expected one of 876/QĐ-BNV, 1187/QĐ-BNV");
    }

    @Test
    void aRunUnderAMethodAppliesItToFixturesThatNameNone() {
        // city-2025-under-its-own-year expects 1187's 70% for PAR-7.3 (1.71 points); under 876 the same 60% takes all 2.
        FixtureResult result = new Audit(Snapshots.EVALUATOR, "876/QĐ-BNV")
                .run(FixtureReader.read(Path.of("src/test/fixtures/par-years/city-2025-under-its-own-year.yaml")));
        assertThat(result.failures()).startsWith("expected criterion PAR-7.3 = 1.71 points (± 0.005), but got 2");
    }
}
