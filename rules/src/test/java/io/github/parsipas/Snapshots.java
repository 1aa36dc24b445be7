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

    static Snapshots of(String kind, String asOf, String... leadRoles) {
        Snapshots snapshots = new Snapshots(kind, asOf);
        ArrayNode roles = (ArrayNode) snapshots.root.get("unit").get("leadRoles");
        for (String role : leadRoles) {
            roles.add(role);
        }
        return snapshots;
    }

    /** Puts a count group at a dotted path, e.g. {@code group("digital.reuse", "dossiers", 10L, "reusing", 5L)}. */
    Snapshots group(String path, Object... namesAndValues) {
        ObjectNode node = root;
        for (String part : path.split("\\.")) {
            node = node.has(part) ? (ObjectNode) node.get(part) : node.putObject(part);
        }
        counts(node, namesAndValues);
        return this;
    }

    /** Puts a percentage at a dotted path, e.g. {@code percent("parSurvey.leadersPercent", 84)}. */
    Snapshots percent(String path, int value) {
        ObjectNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
        return this;
    }

    /** Puts a list entry, e.g. {@code entry("deliverables", "code", "D-UNIT-PLAN", "done", "2025-10-10")}. */
    Snapshots entry(String list, String... namesAndValues) {
        ArrayNode items = root.has(list) ? (ArrayNode) root.get(list) : root.putArray(list);
        ObjectNode item = items.addObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            item.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** What the counts cover: {@code period} or {@code yearToDate}. */
    Snapshots basis(String basis) {
        root.put("basis", basis);
        return this;
    }

    /** An earlier observation; its counts go under {@code previous.}, e.g. {@code group("previous.tthc.nonBoundary", …)}. */
    Snapshots previous(String asOf) {
        (root.has("previous") ? (ObjectNode) root.get("previous") : root.putObject("previous")).put("asOf", asOf);
        return this;
    }

    /** An empty list, e.g. no report submitted yet. */
    Snapshots emptyList(String list) {
        root.putArray(list);
        return this;
    }

    Snapshots field(String code, String name, long received, long resolved, long onTime) {
        ArrayNode fields = tthc().has("fields") ? (ArrayNode) tthc().get("fields") : tthc().putArray("fields");
        ObjectNode field = fields.addObject();
        field.put("code", code);
        field.put("name", name);
        counts(field, "received", received, "resolved", resolved, "resolvedOnTime", onTime);
        return this;
    }

    Snapshots complaints(long resolved, long onTime) {
        return group("tthc.complaints", "received", resolved, "resolved", resolved, "resolvedOnTime", onTime);
    }

    Snapshots announcements(long due, long onTime) {
        return group("tthc.announcements", "due", due, "onTime", onTime);
    }

    Snapshots nonBoundary(long procedures, long nonBoundary) {
        return group("tthc.nonBoundary", "procedures", procedures, "nonBoundary", nonBoundary);
    }

    Snapshots feedback(long received, long handled, long onTime) {
        return group("tthc.feedback", "received", received, "handled", handled, "handledOnTime", onTime);
    }

    Snapshots conditions(long inScope, long abolished) {
        return group("tthc.simplification.businessConditions", "inScope", inScope, "abolished", abolished);
    }

    Snapshots resolutionDays(long baseline, long current) {
        return group("tthc.simplification.resolutionDays", "baseline", baseline, "current", current);
    }

    Snapshots complianceCost(long baseline, long current) {
        return group("tthc.simplification.complianceCostVnd", "baseline", baseline, "current", current);
    }

    /** Puts name/value pairs: {@code counts(node, "due", 10L, "onTime", 9L)}. */
    private static void counts(ObjectNode node, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.put((String) namesAndValues[i], (Long) namesAndValues[i + 1]);
        }
    }

    String json() {
        return root.toPrettyString();
    }

    Snapshot snapshot() {
        return EVALUATOR.reader().fromJson("test.json", json().getBytes(StandardCharsets.UTF_8));
    }

    Report evaluate() {
        return EVALUATOR.evaluate(snapshot());
    }

    private ObjectNode tthc() {
        return root.has("tthc") ? (ObjectNode) root.get("tthc") : root.putObject("tthc");
    }
}
