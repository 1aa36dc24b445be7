package io.github.parsipas.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The strict reader on the bundled rule set's layout: every field read, every problem named by its path. */
class SnapshotReaderTest {

    static final SnapshotLayout LAYOUT = io.github.parsipas.methodology.Methodology.bundled().layout();
    static final SnapshotReader READER = new SnapshotReader(LAYOUT);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final String VALID = """
            {
              "format": "parsipas.snapshot/1",
              "unit": {"id": "w1", "name": "Phường Bến Thành", "kind": "ward-commune", "leadRoles": []},
              "asOf": "2025-10-31",
              "period": {"year": 2025, "month": 10},
              "tthc": {
                "fields": [
                  {"code": "ho-tich", "name": "Hộ tịch", "received": 100, "resolved": 90, "resolvedOnTime": 88},
                  {"code": "dat-dai", "name": "Đất đai", "received": 50, "resolved": 40, "resolvedOnTime": 40}
                ],
                "complaints": {"received": 10, "resolved": 8, "resolvedOnTime": 8},
                "nonBoundary": {"procedures": 300, "nonBoundary": 250},
                "feedback": {"received": 20, "handled": 19, "handledOnTime": 18},
                "simplification": {"businessConditions": {"inScope": 10, "abolished": 3},
                                   "resolutionDays": {"baseline": 100, "current": 70}}
              },
              "digital": {"onlineDossiers": {"dossiers": 1000, "online": 435}},
              "impact": {"projected": {"parPercent": 89.75}},
              "tasks": [
                {"id": "t1", "title": "Báo cáo Thủ tướng", "assignedBy": "prime-minister", "due": "2025-10-15", "done": "2025-10-20"},
                {"id": "t2", "title": "Đề án số hóa", "assignedBy": "city", "due": "2025-11-30"}
              ],
              "legalDocuments": [{"id": "qd-12", "title": "Quyết định 12/2021", "concluded": "2025-08-01", "handled": null}],
              "deliverables": [{"code": "D-UNIT-PLAN", "done": "2025-10-08"}],
              "reports": [{"code": "D-REPORT", "period": "2025-10", "submitted": "2025-10-31"}],
              "previous": {"asOf": "2025-09-30", "digital": {"onlineDossiers": {"dossiers": 900, "online": 360}}}
            }
            """;

    @Test
    void readsEveryFieldOfAValidSnapshot() {
        Snapshot s = READER.fromJson("valid.json", VALID.getBytes(StandardCharsets.UTF_8));
        assertThat(s.unit().name()).isEqualTo("Phường Bến Thành");
        assertThat(s.unit().kind()).isEqualTo(UnitKind.WARD_COMMUNE);
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(s.period().label()).isEqualTo("2025-10");
        assertThat(s.lists().get("tthc.fields")).extracting(CountList.Entry::code).containsExactly("ho-tich", "dat-dai");
        assertThat(s.lists().get("tthc.fields").get(0)).isEqualTo(new CountList.Entry("ho-tich", "Hộ tịch",
                java.util.Map.of("received", 100L, "resolved", 90L, "resolvedOnTime", 88L)));
        assertThat(s.counts().get("tthc.simplification.resolutionDays")).containsExactly(entry("baseline", 100L), entry("current", 70L));
        assertThat(s.counts()).doesNotContainKeys("tthc.simplification.complianceCostVnd", "tthc.announcements");
        assertThat(s.counts().get("digital.onlineDossiers")).containsExactly(entry("dossiers", 1000L), entry("online", 435L));
        assertThat(s.values()).containsExactly(entry("impact.projected.parPercent", new java.math.BigDecimal("89.75")));
        assertThat(s.tasks()).containsExactly(
                new Snapshot.Task("t1", "Báo cáo Thủ tướng", "prime-minister", LocalDate.of(2025, 10, 15), LocalDate.of(2025, 10, 20)),
                new Snapshot.Task("t2", "Đề án số hóa", "city", LocalDate.of(2025, 11, 30), null));
        assertThat(s.legalDocuments()).singleElement().satisfies(d -> assertThat(d.handled()).isNull());
        assertThat(s.deliverables()).containsExactly(new Snapshot.Deliverable("D-UNIT-PLAN", LocalDate.of(2025, 10, 8)));
        assertThat(s.reports()).containsExactly(new Snapshot.ReportSubmission("D-REPORT", "2025-10", LocalDate.of(2025, 10, 31)));
        assertThat(s.previous().asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(s.previous().counts()).containsOnlyKeys("digital.onlineDossiers");
    }

    @Test
    void yamlAndJsonOfTheSameDataReadAlike() throws Exception {
        String yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsString(MAPPER.readTree(VALID));
        Snapshot fromYaml = READER.fromYaml("valid.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(fromYaml).isEqualTo(READER.fromJson("valid.json", VALID.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSnapshotWithoutDataSectionsIsValid() {
        Snapshot s = read(root -> root.retain("format", "unit", "asOf", "period"));
        assertThat(s.lists()).isEmpty();
        assertThat(s.counts()).isEmpty();
        assertThat(s.values()).isEmpty();
        assertThat(s.tasks()).isNull();
        assertThat(s.reports()).isNull();
        assertThat(s.previous()).isNull();
    }

    @Test
    void quarterPeriodsCoverThreeMonths() {
        Snapshot s = read(root -> {
            ((ObjectNode) root.get("period")).remove("month");
            ((ObjectNode) root.get("period")).put("quarter", 4);
        });
        assertThat(s.period().label()).isEqualTo("2025-Q4");
        assertThat(s.period().start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(s.period().end()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("count as a string", edit(r -> field(r, 0).put("received", "100")),
                        "$.tthc.fields[0].received", "\"100\"", "a whole number ≥ 0"),
                arguments("negative count", edit(r -> field(r, 1).put("resolved", -4)),
                        "$.tthc.fields[1].resolved", "-4", "a count ≥ 0"),
                arguments("fractional count", edit(r -> field(r, 0).put("resolvedOnTime", 88.5)),
                        "$.tthc.fields[0].resolvedOnTime", "88.5", "a whole number ≥ 0"),
                arguments("on time more than resolved", edit(r -> field(r, 0).put("resolvedOnTime", 95)),
                        "$.tthc.fields[0].resolvedOnTime", "95", "at most resolved (90 at $.tthc.fields[0].resolved)"),
                arguments("resolved more than received", edit(r -> field(r, 1).put("resolved", 51)),
                        "$.tthc.fields[1].resolved", "51", "at most received (50"),
                arguments("misspelt field name", edit(r -> {
                            field(r, 0).remove("received");
                            field(r, 0).put("recieved", 100);
                        }),
                        "$.tthc.fields[0].recieved", "an unknown field", "did you mean \"received\""),
                arguments("unknown section", edit(r -> r.putObject("budget")),
                        "$.budget", "an unknown field", "one of"),
                arguments("date that does not parse", edit(r -> r.put("asOf", "31/10/2025")),
                        "$.asOf", "\"31/10/2025\"", "a date as YYYY-MM-DD"),
                arguments("impossible date", edit(r -> r.put("asOf", "2025-02-30")),
                        "$.asOf", "\"2025-02-30\"", "a date as YYYY-MM-DD"),
                arguments("unknown unit kind", edit(r -> ((ObjectNode) r.get("unit")).put("kind", "district")),
                        "$.unit.kind", "\"district\"", "one of city, department, ward-commune"),
                arguments("missing unit name", edit(r -> ((ObjectNode) r.get("unit")).remove("name")),
                        "$.unit.name", "nothing", "a value (the field is required)"),
                arguments("month out of range", edit(r -> ((ObjectNode) r.get("period")).put("month", 13)),
                        "$.period.month", "13", "a whole number from 1 to 12"),
                arguments("both month and quarter", edit(r -> ((ObjectNode) r.get("period")).put("quarter", 4)),
                        "$.period", "more than one of month, quarter, week", "exactly one of month (1–12), quarter (1–4) or week (1–53)"),
                arguments("asOf before the period", edit(r -> r.put("asOf", "2025-09-30")),
                        "$.asOf", "\"2025-09-30\"", "on or after the start of the period 2025-10"),
                arguments("wrong format tag", edit(r -> r.put("format", "parsipas.snapshot/2")),
                        "$.format", "\"parsipas.snapshot/2\"", "\"parsipas.snapshot/1\""),
                arguments("fields not a list", edit(r -> ((ObjectNode) r.get("tthc")).put("fields", "many")),
                        "$.tthc.fields", "\"many\"", "a non-empty list"),
                arguments("empty field list", edit(r -> ((ObjectNode) r.get("tthc")).putArray("fields")),
                        "$.tthc.fields", "[]", "a non-empty list"),
                arguments("duplicate field code", edit(r -> field(r, 1).put("code", "ho-tich")),
                        "$.tthc.fields[1].code", "\"ho-tich\"", "not used by another entry"),
                arguments("feedback handled on time beyond handled", edit(r -> ((ObjectNode) r.at("/tthc/feedback")).put("handledOnTime", 20)),
                        "$.tthc.feedback.handledOnTime", "20", "at most handled (19"),
                arguments("abolished beyond conditions in scope", edit(r -> ((ObjectNode) r.at("/tthc/simplification/businessConditions")).put("abolished", 11)),
                        "$.tthc.simplification.businessConditions.abolished", "11", "at most inScope (10"),
                arguments("section is not an object", edit(r -> ((ObjectNode) r.get("tthc")).put("complaints", 5)),
                        "$.tthc.complaints", "5", "an object"),
                arguments("lead role not a string", edit(r -> ((ArrayNode) r.at("/unit/leadRoles")).add(7)),
                        "$.unit.leadRoles[0]", "7", "a non-empty string"),
                arguments("unknown task assigner", edit(r -> ((ObjectNode) r.at("/tasks/0")).put("assignedBy", "ministry")),
                        "$.tasks[0].assignedBy", "\"ministry\"", "one of government, prime-minister, city"),
                arguments("task without due date", edit(r -> ((ObjectNode) r.at("/tasks/1")).remove("due")),
                        "$.tasks[1].due", "nothing", "a value (the field is required)"),
                arguments("report period as a date", edit(r -> ((ObjectNode) r.at("/reports/0")).put("period", "2025-10-31")),
                        "$.reports[0].period", "\"2025-10-31\"", "a month as YYYY-MM or a quarter as YYYY-Qn"),
                arguments("document handled before it was concluded", edit(r -> ((ObjectNode) r.at("/legalDocuments/0")).put("handled", "2025-07-01")),
                        "$.legalDocuments[0].handled", "\"2025-07-01\"", "on or after concluded (2025-08-01)"),
                arguments("previous observation not before asOf", edit(r -> ((ObjectNode) r.at("/previous")).put("asOf", "2025-10-31")),
                        "$.previous.asOf", "\"2025-10-31\"", "a date before the snapshot's asOf (2025-10-31)"),
                arguments("projected index above 100", edit(r -> ((ObjectNode) r.at("/impact/projected")).put("parPercent", 101)),
                        "$.impact.projected.parPercent", "101", "a number from 0 to 100"),
                arguments("unknown count in a group", edit(r -> ((ObjectNode) r.at("/digital/onlineDossiers")).put("offline", 3)),
                        "$.digital.onlineDossiers.offline", "an unknown field", "one of dossiers, online"),
                arguments("null count", edit(r -> ((ObjectNode) r.at("/tthc/complaints")).putNull("resolved")),
                        "$.tthc.complaints.resolved", "null", "a value (the field is required)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsMalformedInputNamingPathValueAndExpectation(String name, String json, String path, String found, String expected) {
        assertThatThrownBy(() -> READER.fromJson("bad.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.found()).isEqualTo(found);
                            assertThat(p.expected()).contains(expected);
                        }));
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        String json = edit(r -> {
            field(r, 0).put("received", -1);
            r.put("asOf", "yesterday");
        });
        assertThatThrownBy(() -> READER.fromJson("bad.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::path).contains("$.tthc.fields[0].received", "$.asOf"))
                .hasMessageContaining("invalid input bad.json");
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThatThrownBy(() -> READER.fromJson("broken.json", "{\n  \"format\": \n}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("$.format");
                        assertThat(p.found()).startsWith("text that does not parse at line 3, column 1 (Unexpected character ('}' (code 125))");
                        assertThat(p.expected()).isEqualTo("well-formed JSON");
                    });
                });
    }

    @Test
    void duplicateKeysAreRejected() {
        String json = VALID.replace("\"asOf\": \"2025-10-31\",", "\"asOf\": \"2025-10-31\", \"asOf\": \"2025-11-30\",");
        assertThatThrownBy(() -> READER.fromJson("dup.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.asOf: found the field \"asOf\" a second time at line 4, column 31, expected each field once in its object");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRejected() {
        assertThatThrownBy(() -> READER.fromJson("list.json", "[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new InputProblem("$", "[1,2]", "an object")));
    }

    private static Snapshot read(Consumer<ObjectNode> change) {
        return READER.fromJson("test.json", edit(change).getBytes(StandardCharsets.UTF_8));
    }

    private static String edit(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(VALID);
            change.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode field(JsonNode root, int index) {
        return (ObjectNode) root.at("/tthc/fields/" + index);
    }
}
