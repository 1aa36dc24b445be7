package io.github.parsipas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotReader;

import java.nio.charset.StandardCharsets;

/** Builds test snapshots as JSON and reads them through the real reader, so tests follow the real data path. */
final class Snapshots {

    static final Evaluator EVALUATOR = Evaluator.create();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode root = MAPPER.createObjectNode();

    private Snapshots(String kind, String asOf) {
        root.put("format", "parsipas.snapshot/1");
        ObjectNode unit = root.putObject("unit");
        unit.put("id", "u1");
        unit.put("name", kind.equals("department") ? "Sở Tư pháp" : "Phường Bến Thành");
        unit.put("kind", kind);
        unit.putArray("leadRoles");
        root.put("asOf", asOf);
        ObjectNode period = root.putObject("period");
        period.put("year", Integer.parseInt(asOf.substring(0, 4)));
        period.put("month", Integer.parseInt(asOf.substring(5, 7)));
    }

    static Snapshots ward(String asOf) {
        return new Snapshots("ward-commune", asOf);
    }

    static Snapshots department(String asOf) {
        return new Snapshots("department", asOf);
    }

    Snapshots field(String code, String name, long received, long resolved, long onTime) {
        ArrayNode fields = tthc().has("fields") ? (ArrayNode) tthc().get("fields") : tthc().putArray("fields");
        ObjectNode field = fields.addObject();
        field.put("code", code);
        field.put("name", name);
        field.put("received", received);
        field.put("resolved", resolved);
        field.put("resolvedOnTime", onTime);
        return this;
    }

    Snapshots complaints(long resolved, long onTime) {
        ObjectNode c = tthc().putObject("complaints");
        c.put("received", resolved);
        c.put("resolved", resolved);
        c.put("resolvedOnTime", onTime);
        return this;
    }

    Snapshots announcements(long due, long onTime) {
        ObjectNode a = tthc().putObject("announcements");
        a.put("due", due);
        a.put("onTime", onTime);
        return this;
    }

    Snapshots nonBoundary(long procedures, long nonBoundary) {
        ObjectNode n = tthc().putObject("nonBoundary");
        n.put("procedures", procedures);
        n.put("nonBoundary", nonBoundary);
        return this;
    }

    Snapshots feedback(long received, long handled, long onTime) {
        ObjectNode f = tthc().putObject("feedback");
        f.put("received", received);
        f.put("handled", handled);
        f.put("handledOnTime", onTime);
        return this;
    }

    Snapshots conditions(long inScope, long abolished) {
        ObjectNode c = simplification().putObject("businessConditions");
        c.put("inScope", inScope);
        c.put("abolished", abolished);
        return this;
    }

    Snapshots resolutionDays(long baseline, long current) {
        ObjectNode r = simplification().putObject("resolutionDays");
        r.put("baseline", baseline);
        r.put("current", current);
        return this;
    }

    Snapshots complianceCost(long baseline, long current) {
        ObjectNode r = simplification().putObject("complianceCostVnd");
        r.put("baseline", baseline);
        r.put("current", current);
        return this;
    }

    String json() {
        return root.toPrettyString();
    }

    Snapshot snapshot() {
        return SnapshotReader.fromJson("test.json", json().getBytes(StandardCharsets.UTF_8));
    }

    Report evaluate() {
        return EVALUATOR.evaluate(snapshot());
    }

    private ObjectNode tthc() {
        return root.has("tthc") ? (ObjectNode) root.get("tthc") : root.putObject("tthc");
    }

    private ObjectNode simplification() {
        return tthc().has("simplification") ? (ObjectNode) tthc().get("simplification") : tthc().putObject("simplification");
    }
}
