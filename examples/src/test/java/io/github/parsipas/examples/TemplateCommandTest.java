package io.github.parsipas.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Excel commands: a template written, the example workbook what --fill writes, and evaluated as its JSON is. */
class TemplateCommandTest {

    static final String WARD = "snapshots/ward-ben-thanh-2025-10.json";
    static final String WORKBOOK = "workbooks/ward-ben-thanh-2025-10.xlsx";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void writesTheTemplateToStandardOutput() throws IOException {
        assertThat(run("template", "--kind", "ward", "--period", "2025-10")).isZero();
        Map<String, String> blank = entries(new ByteArrayInputStream(out.toByteArray()));
        assertThat(blank).containsKeys("xl/workbook.xml", "docProps/core.xml");
        assertThat(utf8(blank.get("xl/workbook.xml"))).contains("name=\"TTHC\"", "name=\"Đơn vị\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        out.reset();
        assertThat(run("template", "--kind", "city", "--period", "2025-Q4", "--lang", "en", "--out", dir.resolve("city.xlsx").toString())).isZero();
        assertThat(utf8(entries(Files.newInputStream(dir.resolve("city.xlsx"))).get("xl/workbook.xml")))
                .contains("name=\"Instructions\"", "name=\"PAR survey\"");
        assertThat(out.size()).isZero();
    }

    @Test
    void refusesAnUnknownKindOrPeriod() {
        assertThat(run("template", "--kind", "district", "--period", "2025-10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--kind: found \"district\", expected ward, department or city");
        err.reset();
        assertThat(run("template", "--kind", "ward", "--period", "2025-13")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--period: found \"2025-13\", expected 2025-10, 2025-Q4 or 2025-W43");
        err.reset();
        assertThat(run("template", "--kind", "ward")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("template needs --kind and --period (or --fill <snapshot>)");
    }

    @Test
    void theExampleWorkbookIsWhatFillWritesAndEvaluatesAsItsJson() throws IOException {
        Path written = dir.resolve("ward.xlsx");
        assertThat(run("template", "--fill", WARD, "--out", written.toString())).isZero();
        // entry by entry: the same content whatever the zlib compressing it
        assertThat(entries(Files.newInputStream(written))).as("examples/%s is written again by: parsipas template --fill %s --out %s", WORKBOOK, WARD, WORKBOOK)
                .isEqualTo(entries(Files.newInputStream(Path.of(WORKBOOK))));
        for (String[] options : new String[][]{{}, {"--lang", "en"}, {"--format", "json"}}) {
            out.reset();
            assertThat(run(concat("evaluate", WARD, options))).isZero();
            String fromJson = out.toString(StandardCharsets.UTF_8);
            out.reset();
            assertThat(run(concat("evaluate", WORKBOOK, options))).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(fromJson);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aBlankTemplateIsRefusedWithItsCells() throws IOException {
        Path blank = dir.resolve("mau.xlsx");
        assertThat(run("template", "--kind", "ward", "--period", "2025-10", "--out", blank.toString())).isZero();
        assertThat(run("evaluate", blank.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("invalid input " + blank + ":\n"
                + "  'Đơn vị'!D4 ($.unit.id): found nothing, expected a value (the field is required)\n"
                + "  'Đơn vị'!D5 ($.unit.name): found nothing, expected a value (the field is required)\n"
                + "  'Đơn vị'!D8 ($.asOf): found nothing, expected a value (the field is required)\n");
    }

    private static String[] concat(String command, String input, String[] options) {
        String[] args = new String[options.length + 2];
        args[0] = command;
        args[1] = input;
        System.arraycopy(options, 0, args, 2, options.length);
        return args;
    }

    /** A zip's entries by name, each as its bytes' text (ISO-8859-1: one char a byte), to compare by value. */
    static Map<String, String> entries(InputStream zip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }

    private static String utf8(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return ParSipasCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }
}
