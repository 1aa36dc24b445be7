package io.github.parsipas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports match the published report schema, whatever mix of findings they carry. */
class ReportSchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(ReportSchemaTest.class.getResourceAsStream("/parsipas/schema/report-v1.schema.json"));

    @Test
    void theExampleWardReportMatchesTheSchema() throws Exception {
        assertMatches(Snapshots.EVALUATOR.evaluate(Path.of("src/test/resources/snapshots/ward.json")));
    }

    @Test
    void aDepartmentReportWithDeadlinesAndMissingDataMatchesTheSchema() throws Exception {
        assertMatches(Snapshots.department("2026-01-15").announcements(10, 9).nonBoundary(10, 9).conditions(10, 1).evaluate());
    }

    @Test
    void everyBundledExampleAndItsReportMatchTheSchemas() throws Exception {
        Schema snapshotSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(ReportSchemaTest.class.getResourceAsStream("/parsipas/schema/snapshot-v1.schema.json"));
        try (var files = java.nio.file.Files.list(Path.of("../examples/snapshots"))) {
            for (Path file : files.sorted().toList()) {
                boolean yaml = !file.toString().endsWith(".json");
                var tree = (yaml ? new com.fasterxml.jackson.dataformat.yaml.YAMLMapper() : new ObjectMapper()).readTree(file.toFile());
                assertThat(snapshotSchema.validate(tree)).as(file.toString()).isEmpty();
                assertMatches(Snapshots.EVALUATOR.evaluate(file));
            }
        }
    }

    @Test
    void aTamperedReportDoesNot() throws Exception {
        String json = ReportWriter.json(Snapshots.EVALUATOR.evaluate(Path.of("src/test/resources/snapshots/ward.json")));
        assertThat(SCHEMA.validate(new ObjectMapper().readTree(json.replace("\"kind\" : \"deduction\"", "\"kind\" : \"fine\""))))
                .isNotEmpty();
    }

    private static void assertMatches(Report report) throws Exception {
        assertThat(SCHEMA.validate(new ObjectMapper().readTree(ReportWriter.json(report)))).isEmpty();
    }
}
