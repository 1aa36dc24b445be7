package io.github.parsipas.excel;

import io.github.parsipas.Evaluator;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.text.Language;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundled example snapshot, written into its template and read back, is the same document and gives the same report. */
class RoundTripTest {

    static final Evaluator EVALUATOR = Evaluator.create();
    static final Path EXAMPLES = Path.of("../examples/snapshots");

    @TempDir
    Path temp;

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aFilledWorkbookIsTheSnapshotAgain(Path example) throws IOException {
        for (Language language : Language.values()) {
            Path workbook = temp.resolve(example.getFileName() + "-" + language + ".xlsx");
            try (OutputStream out = Files.newOutputStream(workbook)) {
                ExcelTemplate.fill(EVALUATOR.methodology(), example, language, out);
            }
            Snapshot original = EVALUATOR.reader().read(example);
            Snapshot read = ExcelTemplate.read(EVALUATOR.reader(), workbook).snapshot();
            assertThat(read.inputSha256()).as("canonical JSON of %s via %s", example, language).isEqualTo(original.inputSha256());
            assertThat(ReportWriter.json(EVALUATOR.evaluate(read))).isEqualTo(ReportWriter.json(EVALUATOR.evaluate(original)));
            assertThat(ReportWriter.markdown(EVALUATOR.evaluate(read), language)).isEqualTo(ReportWriter.markdown(EVALUATOR.evaluate(original), language));
        }
    }
}
