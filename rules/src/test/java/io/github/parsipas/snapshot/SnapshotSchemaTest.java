package io.github.parsipas.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schema and the reader agree: what the schema can express, both reject. */
class SnapshotSchemaTest {

    /** Rules that span several fields: the reader checks them, the schema cannot. */
    private static final Set<String> CROSS_FIELD = Set.of("on time more than resolved", "resolved more than received",
            "asOf before the period", "duplicate field code", "feedback handled on time beyond handled",
            "abolished beyond conditions in scope", "document handled before it was concluded", "previous observation not before asOf");

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(SnapshotSchemaTest.class.getResourceAsStream("/parsipas/schema/snapshot-v1.schema.json"));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theValidSampleMatchesTheSchema() throws Exception {
        assertThat(SCHEMA.validate(MAPPER.readTree(SnapshotReaderTest.VALID))).isEmpty();
    }

    @Test
    void theSchemaDeclaresEveryCountGroupOfTheLayout() throws Exception {
        JsonNode schema = MAPPER.readTree(SnapshotSchemaTest.class.getResourceAsStream("/parsipas/schema/snapshot-v1.schema.json"));
        for (CountGroup group : SnapshotReaderTest.LAYOUT.countGroups()) {
            for (String root : List.of("", "previous.")) {
                JsonNode node = schema;
                for (String part : (root + group.path()).split("\\.")) {
                    node = node.path("properties").path(part);
                }
                assertThat(node.path("required")).as(root + group.path()).isNotEmpty();
                List<String> required = new java.util.ArrayList<>();
                node.path("required").forEach(n -> required.add(n.asText()));
                assertThat(required).as(root + group.path()).isEqualTo(group.counts());
                assertThat(node.path("additionalProperties").asBoolean(true)).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.parsipas.snapshot.SnapshotReaderTest#malformed")
    void theSchemaRejectsWhatTheReaderRejects(String name, String json, String path, String found, String expected) throws Exception {
        List<Error> errors = SCHEMA.validate(MAPPER.readTree(json));
        if (CROSS_FIELD.contains(name)) {
            assertThat(errors).as("a cross-field rule the schema cannot express").isEmpty();
        } else {
            assertThat(errors).as("schema errors for: " + name).isNotEmpty();
        }
    }
}
