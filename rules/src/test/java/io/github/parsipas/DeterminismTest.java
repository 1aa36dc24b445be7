package io.github.parsipas;

import io.github.parsipas.text.Language;
import io.github.parsipas.report.Report;
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
    void theJsonStreamedToAnOutputIsTheStringsUtf8BytesAndLeavesTheOutputOpen() throws Exception {
        Report report = Snapshots.EVALUATOR.evaluate(WARD);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed its output");
            }
        };
        ReportWriter.json(report, out);
        ReportWriter.json(report, out);
        String one = ReportWriter.json(report);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(one + one).contains("Phường Bến Thành");
    }

    @Test
    void localeAndTimeZoneDoNotChangeTheReport() throws Exception {
        List<Path> examples;
        try (var files = Files.list(Path.of("../examples/snapshots"))) {
            examples = files.sorted().toList();
        }
        List<String> expected = new ArrayList<>();
        for (Path example : examples) {
            expected.add(renderAll(example));
        }
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        // Locales whose defaults write other digits (Arabic-Indic, Persian, Thai) or another decimal mark.
        for (Locale other : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("fa-IR"), new Locale("th", "TH", "TH"))) {
            try {
                Locale.setDefault(other);
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                for (int i = 0; i < examples.size(); i++) {
                    assertThat(renderAll(examples.get(i))).as("%s under %s", examples.get(i), other).isEqualTo(expected.get(i));
                }
            } finally {
                Locale.setDefault(locale);
                TimeZone.setDefault(zone);
            }
        }
    }

    /** The JSON report and both Markdown reports of a snapshot file. */
    private static String renderAll(Path snapshot) {
        Report report = Snapshots.EVALUATOR.evaluate(snapshot);
        return ReportWriter.json(report) + ReportWriter.markdown(report, Language.VI) + ReportWriter.markdown(report, Language.EN);
    }

    @Test
    void oneEvaluatorSharedByEightThreadsGivesTheSequentialResultsForTenThousandSnapshots() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        java.util.Random random = new java.util.Random(20251128);
        for (int i = 0; i < 10_000; i++) {
            long resolved = random.nextInt(1000);
            // One in ten is invalid: more on time than resolved.
            long onTime = i % 10 == 0 ? resolved + 1 : random.nextInt((int) resolved + 1);
            inputs.add(Snapshots.ward("2025-10-31").field("f" + (i % 7), "Lĩnh vực " + i, resolved + random.nextInt(50), resolved, onTime)
                    .nonBoundary(100, random.nextInt(101)).json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> sequential = inputs.stream().map(DeterminismTest::outcome).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (byte[] input : inputs) {
                results.add(pool.submit(() -> outcome(input)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertThat(results.get(i).get()).as("snapshot %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sequential).filteredOn(o -> o.startsWith("invalid input")).hasSize(1000);
    }

    /** The JSON report, or the refusal's message. */
    private static String outcome(byte[] input) {
        try {
            return ReportWriter.json(Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().fromJson("s.json", input)));
        } catch (io.github.parsipas.snapshot.InvalidInputException e) {
            return e.getMessage();
        }
    }

    @Test
    void concurrentEvaluationsOfOneSnapshotAgree() throws Exception {
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
        assertThat(fromYaml.inputSha256()).isEqualTo(json.inputSha256()).hasSize(64);
        Snapshot other = Snapshots.ward("2025-10-31").field("a", "A", 1, 1, 1).snapshot();
        assertThat(other.inputSha256()).isNotEqualTo(json.inputSha256());
    }
}
