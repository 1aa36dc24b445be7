package io.github.parsipas;

import io.github.parsipas.text.Language;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.InputLimits;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotReader;
import io.github.parsipas.snapshot.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Malformed and hostile snapshots, a test per class of the corpus they came from: each is refused with
 * its JSON path (exit 2 on the command line) or handled, never a crash, a wrap-around, a silent default
 * or text that reaches a reader raw.
 */
class HostileInputTest {

    private static final SnapshotReader READER = Snapshots.EVALUATOR.reader();
    private static final String HEAD = "{\"format\": \"parsipas.snapshot/1\", \"unit\": {\"id\": \"w\", \"name\": \"Phường Thử\", \"kind\": \"ward-commune\"}, "
            + "\"period\": {\"year\": 2025, \"month\": 10}, ";

    // ---------------------------------------------------------------- what crashed or ran out of memory

    @Test
    void datesFarInTheFutureAreRefusedNotComputed() {
        for (String asOf : new String[]{"+999999999-12-31", "+99999-12-31", "9999-12-31", "1999-12-31"}) {
            assertRefused(HEAD + "\"asOf\": \"" + asOf + "\"}", "$.asOf", "a date from 2000-01-01 to 2100-12-31");
        }
        assertRefused(HEAD + "\"asOf\": \"2025-10-31\", \"tasks\": [{\"id\": \"t\", \"title\": \"x\", \"assignedBy\": \"city\", \"due\": \"3000-01-01\"}]}",
                "$.tasks[0].due", "a date from 2000-01-01 to 2100-12-31");
    }

    @Test
    void aHugeNameIsRefusedNotWritten() {
        String name = "Phường ".repeat(100);
        assertRefused(HEAD.replace("Phường Thử", name) + "\"asOf\": \"2025-10-31\"}", "$.unit.name", "a text of at most 500 characters");
        assertRefused(HEAD.replace("Phường Thử", "x".repeat(20_000)) + "\"asOf\": \"2025-10-31\"}", "$.unit.name", "a text of at most 10000 characters");
        assertThatThrownBy(() -> READER.fromJson("t.json", (HEAD.replace("Phường Thử", "x".repeat(20_000)) + "\"asOf\": \"2025-10-31\"}")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("$.unit.name: found a text longer than 10000 characters at line 1, column 63,");
    }

    @Test
    void anInputOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        byte[] big = new byte[InputLimits.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> READER.fromJson("big.json", big)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).describe())
                        .isEqualTo("$: found more than 10485760 bytes (the limit is passed at line 1, column 10485761), expected at most 10485760 bytes"));
    }

    @Test
    void aFloodOfUnknownKeysListsAHundredProblemsAndCountsTheRest() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            keys.append("\"k").append(i).append("\": 1, ");
        }
        assertThatThrownBy(() -> READER.fromJson("keys.json", (HEAD + keys + "\"asOf\": \"2025-10-31\"}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(InputLimits.MAX_PROBLEMS);
                    assertThat(e.total()).isEqualTo(50_000);
                    assertThat(e.getMessage()).endsWith("… and 49900 more");
                });
    }

    @Test
    void aListOfMoreThanTenThousandEntriesIsRefused() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i <= InputLimits.MAX_ENTRIES; i++) {
            fields.append(i == 0 ? "" : ",").append("{\"code\":\"f").append(i).append("\",\"name\":\"F\",\"received\":2,\"resolved\":2,\"resolvedOnTime\":1}");
        }
        assertRefused(HEAD + "\"asOf\": \"2025-10-31\", \"tthc\": {\"fields\": [" + fields + "]}}", "$.tthc.fields", "a list of at most 10000 entries");
    }

    @Test
    void deepNestingIsRefused() {
        assertRefused(HEAD + "\"asOf\": \"2025-10-31\", \"tthc\": " + "[".repeat(100) + "]".repeat(100) + "}", "$.tthc" + "[0]".repeat(32),
                "at most 32 levels of lists and objects");
    }

    // ---------------------------------------------------------------- what was silently wrong

    @Test
    void countsThatWouldWrapAreRefused() {
        assertRefused(HEAD + "\"asOf\": \"2025-10-31\", \"tthc\": {\"complaints\": {\"received\": 4611686018427387904, \"resolved\": 1, \"resolvedOnTime\": 1}}}",
                "$.tthc.complaints.received", "a count of at most 9007199254740991 (2^53 − 1)");
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            long n = InputLimits.MAX_COUNT;
            fields.append(i == 0 ? "" : ", ").append("{\"code\": \"f").append(i).append("\", \"name\": \"F\", \"received\": ").append(n)
                    .append(", \"resolved\": ").append(n).append(", \"resolvedOnTime\": ").append(n).append("}");
        }
        assertRefused(HEAD + "\"asOf\": \"2025-10-31\", \"tthc\": {\"fields\": [" + fields + "]}}", "$.tthc.fields",
                "entries whose received add up to at most 9,223,372,036,854,775,807");
    }

    @Test
    void aPartAboveItsWholeIsRefusedEverywhere() {
        assertRefused(HEAD + "\"asOf\": \"2025-10-31\", \"service766\": {\"tthcSatisfaction\": {\"dossiers\": 100, \"overdue\": 500, \"complained\": 300}}}",
                "$.service766.tthcSatisfaction.overdue", "at most dossiers (100 at $.service766.tthcSatisfaction.dossiers)");
        assertRefused(HEAD + "\"asOf\": \"2025-10-31\", \"service766\": {\"resolution\": {\"resolved\": 10, \"onTimeOrEarly\": 11}}}",
                "$.service766.resolution.onTimeOrEarly", "at most resolved (10 at $.service766.resolution.resolved)");
    }

    @Test
    void aWeekTheYearDoesNotHaveIsRefused() {
        assertRefused(HEAD.replace("\"month\": 10", "\"week\": 53") + "\"asOf\": \"2025-12-31\"}", "$.period.week", "an ISO week of 2025, 1 to 52");
        Snapshot week53 = READER.fromJson("w.json", (HEAD.replace("\"year\": 2025, \"month\": 10", "\"year\": 2026, \"week\": 53")
                + "\"asOf\": \"2026-12-31\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(week53.period().label()).isEqualTo("2026-W53");
    }

    @Test
    void anEntryListedTwiceInADatedListIsRefused() {
        assertRefused(HEAD + "\"asOf\": \"2025-11-30\", \"reports\": [{\"code\": \"D-REPORT\", \"period\": \"2025-10\", \"submitted\": \"2025-11-03\"},"
                + " {\"code\": \"D-REPORT\", \"period\": \"2025-10\", \"submitted\": \"2025-11-20\"}]}", "$.reports[1].period", "an entry not listed twice in the list");
        assertRefused(HEAD + "\"asOf\": \"2025-11-30\", \"deliverables\": [{\"code\": \"D-UNIT-PLAN\"}, {\"code\": \"D-UNIT-PLAN\", \"done\": \"2025-10-09\"}]}",
                "$.deliverables[1].code", "an entry not listed twice in the list");
        assertRefused(HEAD + "\"asOf\": \"2025-11-30\", \"tasks\": [{\"id\": \"t\", \"title\": \"a\", \"assignedBy\": \"city\", \"due\": \"2025-10-01\"},"
                + " {\"id\": \"t\", \"title\": \"b\", \"assignedBy\": \"city\", \"due\": \"2025-10-02\"}]}", "$.tasks[1].id", "an entry not listed twice in the list");
    }

    @Test
    void somethingDoneAfterAsOfIsRefused() {
        assertRefused(HEAD + "\"asOf\": \"2025-10-31\", \"tasks\": [{\"id\": \"t\", \"title\": \"a\", \"assignedBy\": \"city\", \"due\": \"2025-10-01\", \"done\": \"2025-11-02\"}]}",
                "$.tasks[0].done", "a date on or before asOf (2025-10-31)");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        String snapshot = HEAD + "\"asOf\": \"2025-10-31\"}";
        assertRefused(snapshot + " {}", "$", "one document");
        assertRefused(snapshot + " x", "$", "well-formed JSON");
        assertYamlRefused("format: parsipas.snapshot/1\n---\nformat: other\n", "$", "one document");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirOffset() {
        byte[] overlong = (HEAD + "\"asOf\": \"2025-10-31\"}").getBytes(StandardCharsets.UTF_8);
        byte[] withOverlong = replaceFirst(overlong, (byte) '/', new byte[]{(byte) 0xC0, (byte) 0xAF});
        assertThatThrownBy(() -> READER.fromJson("o.json", withOverlong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).found()).startsWith("bytes that are not UTF-8 at byte offset "));
        byte[] cesu = replaceFirst(overlong, (byte) 'T', new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertThatThrownBy(() -> READER.fromJson("c.json", cesu)).isInstanceOf(InvalidInputException.class);
        byte[] bom = new byte[overlong.length + 3];
        System.arraycopy(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, bom, 0, 3);
        System.arraycopy(overlong, 0, bom, 3, overlong.length);
        assertThat(READER.fromJson("bom.json", bom).unit().name()).isEqualTo("Phường Thử");
    }

    @Test
    void yamlAliasesAreRefusedNotReadAsTheirNames() {
        assertYamlRefused("format: parsipas.snapshot/1\nunit: {id: &n w1, name: *n, kind: ward-commune}\nasOf: 2025-10-31\nperiod: {year: 2025, month: 10}\n",
                "$.unit.name", "every value written out (YAML aliases are not accepted)");
    }

    // ---------------------------------------------------------------- what misled

    @Test
    void aHugeNumberForAPercentIsOutOfRangeNotAParseError() {
        assertRefused(HEAD + "\"asOf\": \"2025-10-31\", \"impact\": {\"projected\": {\"parPercent\": 1e400}}}",
                "$.impact.projected.parPercent", "a number from 0 to 100");
        assertYamlRefused("format: parsipas.snapshot/1\nunit: {id: w, name: P, kind: city}\nasOf: 2025-10-31\nperiod: {year: 2025, month: 10}\n"
                + "impact: {projected: {parPercent: .inf}}\n", "$.impact.projected.parPercent", "well-formed YAML");
    }

    // ---------------------------------------------------------------- what reached a reader

    @Test
    void htmlAndLinksInANameShowAsTextInMarkdown() {
        Report report = evaluate(HEAD.replace("Phường Thử", "<script>alert(1)</script> [x](javascript:alert(1))").replace("\"id\": \"w\"", "\"id\": \"w`x\"")
                + "\"asOf\": \"2025-10-31\", \"tthc\": {\"complaints\": {\"received\": 10, \"resolved\": 10, \"resolvedOnTime\": 1}}}");
        String markdown = ReportWriter.markdown(report, Language.VI);
        assertThat(markdown).doesNotContain("<script>").doesNotContainPattern("[^\\\\]\\]\\(").doesNotContainPattern("[^\\\\]`x")
                .contains("\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1))", "w\\`x");
    }

    @Test
    void controlBidiAndLineBreakCharactersAreRefusedAndNeverPrintedRaw() {
        for (String bad : new String[]{"a\nb", "a\u0000b", "a\u0007b", "a\u001B[31mb", "a\u202Eb", "# Kết luận: đạt\n# x"}) {
            assertThatThrownBy(() -> READER.fromJson("c.json", (HEAD.replace("Phường Thử", escapeJson(bad)) + "\"asOf\": \"2025-10-31\"}")
                    .getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p.expected())
                                .isEqualTo("a text without control characters, line breaks or bidirectional overrides"));
                        assertThat(e.getMessage()).doesNotContain("\u001B", "\u202E", "\u0000", "\u0007");
                    });
        }
        // An unknown field named with an escape sequence is named in the message, escaped.
        assertThatThrownBy(() -> READER.fromJson("k.json", (HEAD + "\"asOf\": \"2025-10-31\", \"\\u001b[2J\": 1}").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("\\u001B[2J").hasMessageNotContaining("\u001B");
    }

    @Test
    void aNameOfOnlyInvisibleCharactersIsRefused() {
        assertRefused(HEAD.replace("Phường Thử", "\\u200B\\u200C\\u2060") + "\"asOf\": \"2025-10-31\"}", "$.unit.name",
                "a non-empty string with visible characters");
    }

    // ---------------------------------------------------------------- what was amplified

    @Test
    void aSmallInputGivesABoundedReportWhateverItsDates() {
        String snapshot = "{\"format\": \"parsipas.snapshot/1\", \"unit\": {\"id\": \"x\", \"name\": \"Sở\", \"kind\": \"department\","
                + " \"leadRoles\": [\"VPUB\", \"SNV\", \"STP\", \"STC\", \"SKHCN\", \"TTCDS\", \"SVHTT\"]}, \"asOf\": \"2100-12-31\","
                + " \"period\": {\"year\": 2100, \"month\": 12}, \"tasks\": [], \"legalDocuments\": [], \"deliverables\": [], \"reports\": []}";
        Report report = evaluate(snapshot);
        // Monthly reports from 2025-10 to 2099-11 are one overdue entry each, the last year's one a month.
        assertThat(report.findings()).filteredOn(f -> f.code().equals("D-766") && f.scope().equals("2025-10…2099-11")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).isEqualTo("No report for October 2025 – November 2099 (890 periods): due 2025-11-05, 27,449 days overdue."));
        // 195 findings (ten monthly duties: twelve months each and one entry for all older) and 124 problems,
        // ~530 KB with both languages, evidence and sources: as many for 2100 as for 2027
        assertThat(report.findings()).hasSizeLessThan(250);
        assertThat(ReportWriter.json(report).length()).isLessThan(700_000);
    }

    // ---------------------------------------------------------------- where it is

    private static final Pattern LOCATED_EN = Pattern.compile("line \\d+, column \\d+|\\$[.\\[]");
    private static final Pattern LOCATED_VI = Pattern.compile("dòng \\d+, cột \\d+|\\$[.\\[]");
    private static final Pattern LIBRARY = Pattern.compile("org\\.|com\\.|\\(\\)");
    private static final String YAML_HEAD = "format: parsipas.snapshot/1\nunit: {id: w, name: P, kind: ward-commune}\nasOf: 2025-10-31\nperiod: {year: 2025, month: 10}\n";

    /** One refused file of each class above, and the syntax and limit errors of both languages. */
    static Stream<Arguments> refusedFiles() {
        String asOf = "\"asOf\": \"2025-10-31\"";
        StringBuilder keys = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i <= InputLimits.MAX_ENTRIES; i++) {
            keys.append("\"k").append(i).append("\": 1, ");
            fields.append(i == 0 ? "" : ",").append("{\"code\":\"f").append(i).append("\",\"name\":\"F\",\"received\":2,\"resolved\":2,\"resolvedOnTime\":1}");
        }
        byte[] valid = (HEAD + asOf + "}").getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[InputLimits.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        return Stream.of(
                json("a date far in the future", HEAD + "\"asOf\": \"+999999999-12-31\"}"),
                json("a long name", HEAD.replace("Phường Thử", "Phường ".repeat(100)) + asOf + "}"),
                json("a string over the parser's limit", HEAD.replace("Phường Thử", "x".repeat(20_000)) + asOf + "}"),
                Arguments.of("a file over the size limit", false, big),
                json("a flood of unknown keys", HEAD + keys + asOf + "}"),
                json("a list of too many entries", HEAD + asOf + ", \"tthc\": {\"fields\": [" + fields + "]}}"),
                json("deep nesting", HEAD + asOf + ", \"tthc\": " + "[".repeat(100) + "]".repeat(100) + "}"),
                yaml("deep nesting in YAML", YAML_HEAD + "tthc: " + "[".repeat(100) + "]".repeat(100) + "\n"),
                json("a count that would wrap", HEAD + asOf + ", \"tthc\": {\"complaints\": {\"received\": 4611686018427387904, \"resolved\": 1, \"resolvedOnTime\": 1}}}"),
                json("a part above its whole", HEAD + asOf + ", \"service766\": {\"resolution\": {\"resolved\": 10, \"onTimeOrEarly\": 11}}}"),
                json("a week the year does not have", HEAD.replace("\"month\": 10", "\"week\": 53") + "\"asOf\": \"2025-12-31\"}"),
                json("an entry listed twice", HEAD + "\"asOf\": \"2025-11-30\", \"deliverables\": [{\"code\": \"D-UNIT-PLAN\"}, {\"code\": \"D-UNIT-PLAN\"}]}"),
                json("done after asOf", HEAD + asOf + ", \"tasks\": [{\"id\": \"t\", \"title\": \"a\", \"assignedBy\": \"city\", \"due\": \"2025-10-01\", \"done\": \"2025-11-02\"}]}"),
                json("a second document", HEAD + asOf + "} {}"),
                json("text after the document", HEAD + asOf + "} x"),
                yaml("a second YAML document", "format: parsipas.snapshot/1\n---\nformat: other\n"),
                Arguments.of("an overlong UTF-8 sequence", false, replaceFirst(valid, (byte) '/', new byte[]{(byte) 0xC0, (byte) 0xAF})),
                Arguments.of("a surrogate encoded in UTF-8", false, replaceFirst(valid, (byte) 'T', new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80})),
                yaml("a YAML alias", "format: parsipas.snapshot/1\nunit: {id: &n w1, name: *n, kind: ward-commune}\nasOf: 2025-10-31\n"),
                json("a huge number for a percent", HEAD + asOf + ", \"impact\": {\"projected\": {\"parPercent\": 1e400}}}"),
                yaml("infinity for a percent", YAML_HEAD + "impact: {projected: {parPercent: .inf}}\n"),
                json("a control character", HEAD.replace("Phường Thử", "a\\u001b[31mb") + asOf + "}"),
                json("an invisible name", HEAD.replace("Phường Thử", "\\u200B\\u200C") + asOf + "}"),
                json("a JSON syntax error", "{\n  \"format\": \n}"),
                json("JSON cut short", HEAD + "\"asOf\": "),
                json("a field twice", HEAD + asOf + ", \"tthc\": {\"fields\": [{\"code\": \"a\", \"name\": \"b\", \"code\": \"c\"}]}}"),
                json("a number over the parser's limit", HEAD + asOf + ", \"impact\": {\"projected\": {\"parPercent\": " + "1".repeat(100) + "}}}"),
                json("a field name over the parser's limit", HEAD + asOf + ", \"" + "k".repeat(300) + "\": 1}"),
                json("NaN", HEAD + asOf + ", \"impact\": {\"projected\": {\"parPercent\": NaN}}}"),
                yaml("an unclosed YAML flow mapping", YAML_HEAD.replace("kind: ward-commune}", "kind: ward-commune")),
                yaml("a YAML key that is a list", YAML_HEAD + "? [a, b]\n: c\n"),
                yaml("a tab in YAML indentation", YAML_HEAD + "tthc:\n\tcomplaints: 1\n"),
                yaml("a control character in YAML", YAML_HEAD + "x: \"a\u0007b\"\n"),
                yaml("a YAML field twice", YAML_HEAD + "asOf: 2025-10-30\n"),
                yaml("an unclosed YAML quote", YAML_HEAD + "x: \"abc\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void everyRefusedFileIsLocatedInBothLanguagesInTheMessagesWords(String name, boolean yaml, byte[] bytes) {
        InvalidInputException refused = catchThrowableOfType(() -> Snapshots.EVALUATOR.evaluate(yaml ? READER.fromYaml("t.yaml", bytes)
                : READER.fromJson("t.json", bytes)), InvalidInputException.class);
        assertThat(refused).as(name).isNotNull();
        for (InputProblem problem : refused.problems()) {
            assertThat(problem.describe(Language.EN)).containsPattern(LOCATED_EN).doesNotContainPattern(LIBRARY);
            assertThat(problem.describe(Language.VI)).containsPattern(LOCATED_VI).doesNotContainPattern(LIBRARY);
        }
        assertThat(refused.getMessage()).doesNotContainPattern(LIBRARY);
    }

    /** The three YAML refusals that had lost their place or shown a class name (issue 27). */
    @Test
    void yamlSyntaxErrorsGiveTheLineTheColumnAndThePath() {
        assertThat(yamlProblem(YAML_HEAD.replace("kind: ward-commune}", "kind: ward-commune"), Language.EN))
                .isEqualTo("$.unit: found text that does not parse at line 3, column 5 (while parsing a flow mapping: expected ',' or '}', but got :),"
                        + " expected well-formed YAML");
        assertThat(yamlProblem(YAML_HEAD + "tthc: " + "[".repeat(40) + "]".repeat(40) + "\n", Language.VI))
                .isEqualTo("$.tthc" + "[0]".repeat(32) + ": nhận được danh sách và đối tượng lồng nhau quá 32 tầng ở dòng 5, cột 39,"
                        + " cần không quá 32 tầng danh sách và đối tượng lồng nhau");
        assertThat(yamlProblem(YAML_HEAD + "? [a, b]\n: c\n", Language.EN))
                .isEqualTo("$: found a key that is a list or an object at line 5, column 3, expected keys that are field names (strings), not lists or objects");
    }

    private static String yamlProblem(String yaml, Language language) {
        InvalidInputException refused = catchThrowableOfType(() -> READER.fromYaml("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)), InvalidInputException.class);
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0).describe(language);
    }

    private static Arguments json(String name, String text) {
        return Arguments.of(name, false, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Arguments yaml(String name, String text) {
        return Arguments.of(name, true, text.getBytes(StandardCharsets.UTF_8));
    }

    // ----------------------------------------------------------------

    private static Report evaluate(String json) {
        return Snapshots.EVALUATOR.evaluate(READER.fromJson("t.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String json, String path, String expected) {
        assertThatThrownBy(() -> Snapshots.EVALUATOR.evaluate(READER.fromJson("t.json", json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.expected()).isEqualTo(expected);
                        }));
    }

    private static void assertYamlRefused(String yaml, String path, String expected) {
        assertThatThrownBy(() -> READER.fromYaml("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.expected()).isEqualTo(expected);
                        }));
    }

    private static byte[] replaceFirst(byte[] bytes, byte target, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean done = false;
        for (byte b : bytes) {
            if (!done && b == target) {
                out.writeBytes(replacement);
                done = true;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static String escapeJson(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
