package io.github.parsipas;

import io.github.parsipas.methodology.Language;
import io.github.parsipas.report.ReportWriter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

class SmokeTest {
    @Test
    void prints() {
        var report = Evaluator.create().evaluate(Path.of("src/test/resources/snapshots/ward.json"));
        System.out.println(ReportWriter.markdown(report, Language.VI));
        System.out.println(ReportWriter.json(report));
    }
}
