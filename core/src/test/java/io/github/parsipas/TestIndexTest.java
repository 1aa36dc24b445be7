package io.github.parsipas;

import io.github.parsipas.audit.Audit;
import io.github.parsipas.audit.AuditRun;
import io.github.parsipas.audit.Explainer;
import io.github.parsipas.text.Language;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.report.IndexScore;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.Trace;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core on its own, with a rule set that is not the bundled one: an index added with a pack, an input
 * declaration and fixtures only (src/test/resources/test-index, src/test/fixtures), judged by the generic
 * scheme rules. Numbers are worked out by hand in the fixtures.
 */
class TestIndexTest {

    static final Evaluator EVALUATOR = Evaluator.create(Methodology.load(Path.of("src/test/resources/test-index/index.yaml")));

    @Test
    void everyFixturePassesAndEveryCheckFiresSomewhereAndIsSilentElsewhere() {
        AuditRun run = new Audit(EVALUATOR).run(Path.of("src/test/fixtures"));
        assertThat(run.failed()).as(run.summary()).isZero();
        assertThat(run.results()).hasSize(4);
        assertThat(run.coverage().neverFired()).isEmpty();
        assertThat(run.coverage().neverSilentOnPresentData()).isEmpty();
        assertThat(run.coverage().itemsWithoutRule()).isEmpty();
        assertThat(EVALUATOR.rules()).extracting(r -> r.name())
                .containsExactly("LIB-EVENTS: score reading events held", "LIB-LOANS: score loans served on time");
    }

    @Test
    void theIndexIsGradedOnItsOwnScale() {
        Report report = evaluate(100, 81, 4, 3);
        IndexScore index = report.indices().get(0);
        assertThat(index.code()).isEqualTo("LIB");
        assertThat(index.points()).isEqualByComparingTo("84");
        assertThat(index.grade().en()).isEqualTo("Good");
        assertThat(index.groups()).extracting(g -> g.points().toPlainString()).containsExactly("54.00", "30.00");
        // 60 × 70/90 = 46.67 and 40 × 0 = 0: 46.67 is below 50, "Poor".
        assertThat(evaluate(100, 70, 4, 0).indices().get(0).grade().en()).isEqualTo("Poor");
        assertThat(evaluate(100, 75, 4, 1).indices().get(0).grade().en()).isEqualTo("Fair");
    }

    @Test
    void tracesNameTheItemsCheckAndCiteItsSource() {
        Trace trace = evaluate(100, 81, 4, 3).explanation().stream().filter(t -> t.criterion().equals("LIB-LOANS")).findFirst().orElseThrow();
        assertThat(trace.rule()).isEqualTo("LIB-LOANS: score loans served on time");
        assertThat(trace.source()).isEqualTo("Test rule set of ParSipas core, LIB-LOANS");
        assertThat(trace.facts()).anySatisfy(f -> assertThat(f).contains("library.loans [all] at $.library.loans: 81/100 = 81.00%"));
    }

    @Test
    void aUnitWithoutTheSectionIsNotToldIndicatorByIndicator() {
        Report report = EVALUATOR.evaluate(EVALUATOR.reader().fromJson("none.json", snapshot("").getBytes(StandardCharsets.UTF_8)));
        assertThat(report.findings()).isEmpty();
        assertThat(report.receipt().methodologies()).containsExactly("library-index@test.1 — not evaluated: no $.library");
    }

    @Test
    void theSchemaAndTheExplanationFollowTheDeclarations() {
        assertThat(EVALUATOR.methodology().snapshotSchema()).contains("\"outreach\"", "Reading events planned, and those held.");
        String text = new Explainer(EVALUATOR).explain(EVALUATOR.reader().fromJson("w.json",
                snapshot(", \"library\": {\"loans\": {\"requests\": 10, \"servedOnTime\": 10}}").getBytes(StandardCharsets.UTF_8)), "LIB-LOANS", Language.EN);
        assertThat(text).contains("LIB-LOANS — Loans served on time", "\"LIB-LOANS: score loans served on time\"", "Scored 60/60");
    }

    private static Report evaluate(long requests, long onTime, long planned, long held) {
        String library = ", \"library\": {\"loans\": {\"requests\": " + requests + ", \"servedOnTime\": " + onTime + "},"
                + " \"outreach\": {\"plannedEvents\": " + planned + ", \"held\": " + held + "}}";
        return EVALUATOR.evaluate(EVALUATOR.reader().fromJson("t.json", snapshot(library).getBytes(StandardCharsets.UTF_8)));
    }

    private static String snapshot(String sections) {
        return "{\"format\": \"parsipas.snapshot/1\", \"unit\": {\"id\": \"w\", \"name\": \"Phường Thử\", \"kind\": \"ward-commune\"},"
                + " \"asOf\": \"2025-10-31\", \"period\": {\"year\": 2025, \"month\": 10}" + sections + "}";
    }
}
