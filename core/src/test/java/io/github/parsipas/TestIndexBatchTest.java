package io.github.parsipas;

import io.github.parsipas.batch.Batch;
import io.github.parsipas.batch.BatchInput;
import io.github.parsipas.text.Language;
import io.github.parsipas.report.BatchReport;
import io.github.parsipas.report.BatchWriter;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of the test-only index (src/test/resources/test-index): its league table, CSV and JSON name it by its
 * code and rank by it, with no main code that knows it. No pack of the test set says which index ranks the league,
 * so the first declared does. Points worked out by hand: LIB-LOANS is 60 × served/90% of requests (at most 60),
 * LIB-EVENTS 40 × held/planned.
 */
class TestIndexBatchTest {

    @Test
    void theTestIndexRanksTheLeagueAndIsNamedByItsCodeInEveryFormat() {
        // a: October 81/100 loans, 3/4 events: 54 + 30 = 84 (Good); September 75/100, 1/4: 50 + 10 = 60, so +24.
        // b: October 70/100, 0/4: 46.67 + 0 = 46.67 (Poor). c: no library section, no points: last.
        List<Snapshot> snapshots = List.of(snapshot("a", 10, 100, 81, 4, 3), snapshot("a", 9, 100, 75, 4, 1),
                snapshot("b", 10, 100, 70, 4, 0), snapshot("c", 10, -1, 0, 0, 0));
        BatchReport batch = new Batch(TestIndexTest.EVALUATOR, 2).run(new BatchInput.Loaded(snapshots, List.of()), () -> { }).summary();

        assertThat(batch.indices()).singleElement().satisfies(index -> {
            assertThat(index.code()).isEqualTo("LIB");
            assertThat(index.label().en()).isEqualTo("Library index");
            assertThat(index.graded()).isTrue();
            assertThat(index.ranks()).isTrue();
        });
        assertThat(batch.units()).extracting(BatchReport.UnitRow::unit).containsExactly("a", "b", "c");
        BatchReport.IndexPoints a = batch.units().get(0).indices().get("LIB");
        assertThat(a.points()).isEqualByComparingTo("84");
        assertThat(a.max()).isEqualByComparingTo("100");
        assertThat(a.grade().en()).isEqualTo("Good");
        assertThat(a.change()).isEqualByComparingTo("24");
        assertThat(batch.units().get(1).indices().get("LIB").points()).isEqualByComparingTo("46.67");
        assertThat(batch.units().get(1).indices().get("LIB").change()).isNull();
        assertThat(batch.units().get(2).indices()).isEmpty();

        String csv = BatchWriter.csv(batch, Language.EN);
        assertThat(csv.lines().toList().get(0)).isEqualTo("rank,unit,name,kind,period,LIB.points,LIB.max,LIB.grade,LIB.change,"
                + "targetsMet,targetsAtRisk,targetsMissed,problems,deductions,warnings,cannotEvaluate,topCode,topLead,problemsChange");
        assertThat(csv.lines().toList().get(1)).startsWith("1,a,\"Phường a\",ward-commune,2025-10,84.00,100.00,Good,24.00,");
        assertThat(csv.lines().toList().get(2)).startsWith("2,b,\"Phường b\",ward-commune,2025-10,46.67,100.00,Poor,,");
        assertThat(csv.lines().toList().get(3)).startsWith("3,c,\"Phường c\",ward-commune,2025-10,,,,,");

        String json = BatchWriter.json(batch);
        assertThat(json).contains("\"code\" : \"LIB\"", "\"LIB\" : {\n        \"points\" : 84.00,\n        \"max\" : 100.00,");

        String markdown = BatchWriter.markdown(batch, Language.EN);
        assertThat(markdown).contains("| # | Unit | Kind | Period | Library index |", "| 84.00 (Good) |", "LIB: +24.00; problems");
    }

    /** A ward's month; {@code requests} below 0: no library section. */
    private static Snapshot snapshot(String id, int month, long requests, long onTime, long planned, long held) {
        String library = requests < 0 ? "" : ", \"library\": {\"loans\": {\"requests\": " + requests + ", \"servedOnTime\": " + onTime + "},"
                + " \"outreach\": {\"plannedEvents\": " + planned + ", \"held\": " + held + "}}";
        String json = "{\"format\": \"parsipas.snapshot/1\", \"unit\": {\"id\": \"" + id + "\", \"name\": \"Phường " + id + "\", \"kind\": \"ward-commune\"},"
                + " \"asOf\": \"" + java.time.YearMonth.of(2025, month).atEndOfMonth() + "\", \"period\": {\"year\": 2025, \"month\": " + month + "}" + library + "}";
        return TestIndexTest.EVALUATOR.reader().fromJson(id + "-" + month + ".json", json.getBytes(StandardCharsets.UTF_8));
    }
}
