package io.github.parsipas.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads fixture files strictly: an unknown key or a missing name is an error naming the file and the place. */
public final class FixtureReader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private FixtureReader() {
    }

    /** The file as written: a fixture without its location. */
    record FixtureFile(String name, String description, Map<String, String> methodology, String method, String parameters, LocalDate asOf,
                       JsonNode snapshot, String snapshotFile, Fixture.Expect expect) {
    }

    public static Fixture read(Path file) {
        FixtureFile raw;
        try {
            raw = YAML.readValue(Files.readAllBytes(file), FixtureFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw invalid(file, path(e), "\"" + e.getPropertyName() + "\"", "one of " + e.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (JsonProcessingException e) {
            throw invalid(file, path(e), "text that does not read as a fixture", e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid(file, "$", "a file that cannot be read", "a readable YAML file (" + e.getMessage() + ")");
        }
        if (raw == null || raw.name() == null || raw.name().isBlank()) {
            throw invalid(file, "$.name", "nothing", "a name for the fixture");
        }
        if ((raw.snapshot() == null) == (raw.snapshotFile() == null)) {
            throw invalid(file, "$", "snapshot and snapshotFile both or neither", "exactly one of snapshot (inline) or snapshotFile");
        }
        Fixture.Expect expect = raw.expect() == null ? new Fixture.Expect(null, null, null, null) : raw.expect();
        checkExpectations(file, expect);
        return new Fixture(file, raw.name(), raw.description(), raw.methodology() == null ? Map.of() : raw.methodology(),
                raw.method(), raw.parameters(), raw.asOf(), raw.snapshot() == null ? null : raw.snapshot().toString(), raw.snapshotFile(), expect);
    }

    /** The fixture's snapshot, read strictly by {@code reader}, with the fixture's {@code asOf} in place of the snapshot's own. */
    public static Snapshot snapshot(Fixture fixture, SnapshotReader reader) {
        SnapshotReader dated = fixture.asOf() == null ? reader : reader.withAsOf(fixture.asOf());
        if (fixture.snapshot() != null) {
            return dated.fromJson(fixture.file() + " (snapshot)", fixture.snapshot().getBytes(StandardCharsets.UTF_8));
        }
        Path source = fixture.file().resolveSibling(fixture.snapshotFile());
        if (!Files.isRegularFile(source)) {
            throw invalid(fixture.file(), "$.snapshotFile", "\"" + fixture.snapshotFile() + "\"", "a readable snapshot file");
        }
        return dated.read(source);
    }

    /** The fixture's parameter file, which must exist. */
    static Path parameters(Fixture fixture) {
        Path file = fixture.file().resolveSibling(fixture.parameters());
        if (!Files.isRegularFile(file)) {
            throw invalid(fixture.file(), "$.parameters", "\"" + fixture.parameters() + "\"", "a readable parameter file, relative to the fixture");
        }
        return file;
    }

    private static void checkExpectations(Path file, Fixture.Expect expect) {
        for (int i = 0; i < expect.scores().size(); i++) {
            Fixture.ScoreExpectation s = expect.scores().get(i);
            if (!s.namesOneThing() || s.points() == null) {
                throw invalid(file, "$.expect.scores[" + i + "]", "an incomplete score", "points and exactly one of criterion, area, index or forecast (the code of the index forecast; grade only with an index or the forecast)");
            }
        }
        checkPatterns(file, "present", expect.present());
        checkPatterns(file, "absent", expect.absent());
    }

    private static void checkPatterns(Path file, String list, List<Fixture.FindingExpectation> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            Fixture.FindingExpectation p = patterns.get(i);
            if (p.code() == null || p.code().isBlank()) {
                throw invalid(file, "$.expect." + list + "[" + i + "].code", "nothing", "a criterion or target code");
            }
            if (p.kind() != null && !List.of("deduction", "warning", "recommendation", "note", "cannot-evaluate").contains(p.kind())) {
                throw invalid(file, "$.expect." + list + "[" + i + "].kind", "\"" + p.kind() + "\"",
                        "one of deduction, warning, recommendation, note, cannot-evaluate");
            }
        }
    }


    private static String path(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping)) {
            return "$";
        }
        StringBuilder path = new StringBuilder("$");
        for (var ref : mapping.getPath()) {
            path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }

    private static InvalidInputException invalid(Path file, String path, String found, String expected) {
        return new InvalidInputException("fixture " + file, List.of(new InputProblem(path, found, expected)));
    }
}
