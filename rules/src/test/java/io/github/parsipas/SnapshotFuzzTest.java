package io.github.parsipas;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.parsipas.text.Language;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;

/**
 * A fuzz target over the whole path: bytes read as JSON and as YAML, evaluated, written as JSON and as
 * Markdown in both languages. The only failure allowed is a refusal of the input ({@link InvalidInputException}).
 * {@code mvn verify} runs it on its seed corpus (src/test/resources/io/github/parsipas/SnapshotFuzzTestInputs);
 * {@code JAZZER_FUZZ=1 mvn -pl rules test -Dtest=SnapshotFuzzTest} fuzzes for real, and each crash it
 * finds joins the corpus with its fix.
 */
class SnapshotFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parseEvaluateRender(byte[] input) {
        for (boolean yaml : new boolean[]{false, true}) {
            try {
                Snapshot snapshot = yaml ? Snapshots.EVALUATOR.reader().fromYaml("fuzz.yaml", input)
                        : Snapshots.EVALUATOR.reader().fromJson("fuzz.json", input);
                Report report = Snapshots.EVALUATOR.evaluate(snapshot);
                ReportWriter.json(report);
                ReportWriter.markdown(report, Language.VI);
                ReportWriter.markdown(report, Language.EN);
            } catch (InvalidInputException refused) {
                // bad input, refused with its path: the one way out besides a report
            }
        }
    }
}
