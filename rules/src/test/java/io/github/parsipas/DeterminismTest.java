package io.github.parsipas;

import io.github.parsipas.internal.Evaluation;
import io.github.parsipas.methodology.Language;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Same input, same output: no clock, locale, time zone, thread or hash order may show through. */
class DeterminismTest {

    private static final Path WARD = Path.of("src/test/resources/snapshots/ward.json");

    @Test
    void theSameSnapshotTwiceGivesByteIdenticalJson() {
        String first = ReportWriter.json(Snapshots.EVALUATOR.evaluate(WARD));
        String second = ReportWriter.json(Evaluator.create().evaluate(WARD));
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"inputSha256\"").contains("\"rulesetSha256\"");
    }

    @Test
    void localeAndTimeZoneDoNotChangeTheReport() {
        String expectedJson = ReportWriter.json(Snapshots.EVALUATOR.evaluate(WARD));
        String expectedMarkdown = ReportWriter.markdown(Snapshots.EVALUATOR.evaluate(WARD), Language.VI);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(ReportWriter.json(Snapshots.EVALUATOR.evaluate(WARD))).isEqualTo(expectedJson);
            assertThat(ReportWriter.markdown(Snapshots.EVALUATOR.evaluate(WARD), Language.VI)).isEqualTo(expectedMarkdown);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void concurrentEvaluationsOnOneEvaluatorAgree() throws Exception {
        String expected = ReportWriter.json(Snapshots.EVALUATOR.evaluate(WARD));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> ReportWriter.json(Snapshots.EVALUATOR.evaluate(WARD))));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void inputHashFollowsContentNotSyntax() throws Exception {
        Snapshot json = Snapshots.EVALUATOR.reader().read(WARD);
        String yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readAllBytes(WARD)));
        Snapshot fromYaml = Snapshots.EVALUATOR.reader().fromYaml("ward.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Evaluation.inputHash(fromYaml)).isEqualTo(Evaluation.inputHash(json)).hasSize(64);
        Snapshot other = Snapshots.ward("2025-10-31").field("a", "A", 1, 1, 1).snapshot();
        assertThat(Evaluation.inputHash(other)).isNotEqualTo(Evaluation.inputHash(json));
    }
}
