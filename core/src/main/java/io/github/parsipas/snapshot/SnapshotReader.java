package io.github.parsipas.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads snapshot files strictly: a wrong type, a negative count, an impossible count (on time &gt;
 * resolved), an unknown field or a bad date is rejected with its JSON path, the value found and what
 * was expected. Absent optional sections are kept absent, never filled with defaults.
 */
public final class SnapshotReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private SnapshotReader() {
    }

    /** Reads a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public static Snapshot read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), bytes, name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    public static Snapshot fromJson(String source, byte[] json) {
        return parse(source, json, false);
    }

    public static Snapshot fromYaml(String source, byte[] yaml) {
        return parse(source, yaml, true);
    }

    /** Parses to a tree without binding; also used to hash the input independently of its syntax. */
    public static JsonNode tree(String source, byte[] bytes, boolean yaml) {
        try {
            JsonNode tree = (yaml ? YAML : JSON).readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidSnapshotException(source, List.of(new InputProblem("$", "an empty document", "a snapshot object")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new InvalidSnapshotException(source, List.of(new InputProblem("$",
                    "text that does not parse" + where + " (" + e.getOriginalMessage() + ")",
                    yaml ? "well-formed YAML" : "well-formed JSON")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Snapshot parse(String source, byte[] bytes, boolean yaml) {
        JsonNode tree = tree(source, bytes, yaml);
        List<InputProblem> problems = new ArrayList<>();
        Snapshot snapshot = new Binder(problems).snapshot(tree);
        if (!problems.isEmpty()) {
            throw new InvalidSnapshotException(source, problems);
        }
        return snapshot;
    }

    /** Binds the tree to the model; every method may return {@code null} after recording problems. */
    private record Binder(List<InputProblem> problems) {

        Snapshot snapshot(JsonNode tree) {
            JsonObjectReader root = JsonObjectReader.of(tree, "$", problems);
            if (root == null) {
                return null;
            }
            String format = root.text("format");
            if (format != null && !format.equals(Snapshot.FORMAT)) {
                root.problem("format", tree.get("format"), "\"" + Snapshot.FORMAT + "\"");
            }
            Unit unit = unit(root.object("unit", true));
            java.time.LocalDate asOf = root.date("asOf");
            Period period = period(root.object("period", true));
            Tthc tthc = tthc(root.object("tthc", false));
            root.rejectUnknownFields();
            if (asOf != null && period != null && asOf.isBefore(period.start())) {
                problems.add(new InputProblem("$.asOf", "\"" + asOf + "\"",
                        "a date on or after the start of the period " + period.label() + " (" + period.start() + ")"));
            }
            return new Snapshot(unit, asOf, period, tthc);
        }

        Unit unit(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            String id = r.text("id");
            String name = r.text("name");
            String kindCode = r.text("kind");
            UnitKind kind = null;
            if (kindCode != null) {
                kind = UnitKind.fromCode(kindCode).orElse(null);
                if (kind == null) {
                    problems.add(new InputProblem(r.child("kind"), "\"" + kindCode + "\"", "one of city, department, ward-commune"));
                }
            }
            List<String> leadRoles = r.texts("leadRoles");
            r.rejectUnknownFields();
            return leadRoles == null ? null : new Unit(id, name, kind, leadRoles);
        }

        Period period(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            Integer year = r.integer("year", 2000, 2100);
            Integer month = r.has("month") ? r.integer("month", 1, 12) : null;
            Integer quarter = r.has("quarter") ? r.integer("quarter", 1, 4) : null;
            boolean bothOrNeither = r.has("month") == r.has("quarter");
            if (bothOrNeither) {
                problems.add(new InputProblem(r.path(), r.has("month") ? "both month and quarter" : "neither month nor quarter",
                        "exactly one of month (1–12) or quarter (1–4)"));
            }
            r.rejectUnknownFields();
            return year == null || bothOrNeither || (month == null && quarter == null) ? null : new Period(year, month, quarter);
        }

        Tthc tthc(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            List<Tthc.FieldCounts> fields = fields(r.objects("fields", false));
            Tthc.DossierCounts complaints = dossiers(r.object("complaints", false));
            Tthc.Announcements announcements = announcements(r.object("announcements", false));
            Tthc.NonBoundary nonBoundary = nonBoundary(r.object("nonBoundary", false));
            Tthc.Feedback feedback = feedback(r.object("feedback", false));
            Tthc.Simplification simplification = simplification(r.object("simplification", false));
            r.rejectUnknownFields();
            return new Tthc(fields, complaints, announcements, nonBoundary, feedback, simplification);
        }

        List<Tthc.FieldCounts> fields(List<JsonObjectReader> items) {
            if (items == null) {
                return null;
            }
            List<Tthc.FieldCounts> fields = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (JsonObjectReader item : items) {
                if (item == null) {
                    continue;
                }
                String code = item.text("code");
                String name = item.text("name");
                if (code != null && !codes.add(code)) {
                    problems.add(new InputProblem(item.child("code"), "\"" + code + "\"", "a field code not used by another field"));
                }
                Tthc.DossierCounts dossiers = dossierCounts(item);
                item.rejectUnknownFields();
                fields.add(new Tthc.FieldCounts(code, name, dossiers));
            }
            return List.copyOf(fields);
        }

        Tthc.DossierCounts dossiers(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            Tthc.DossierCounts counts = dossierCounts(r);
            r.rejectUnknownFields();
            return counts;
        }

        private Tthc.DossierCounts dossierCounts(JsonObjectReader r) {
            Long received = r.count("received");
            Long resolved = r.count("resolved");
            Long onTime = r.count("resolvedOnTime");
            atMost(r, "resolved", resolved, "received", received);
            atMost(r, "resolvedOnTime", onTime, "resolved", resolved);
            return allPresent(received, resolved, onTime) ? new Tthc.DossierCounts(received, resolved, onTime) : null;
        }

        Tthc.Announcements announcements(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            Long due = r.count("due");
            Long onTime = r.count("onTime");
            atMost(r, "onTime", onTime, "due", due);
            r.rejectUnknownFields();
            return allPresent(due, onTime) ? new Tthc.Announcements(due, onTime) : null;
        }

        Tthc.NonBoundary nonBoundary(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            Long procedures = r.count("procedures");
            Long nonBoundary = r.count("nonBoundary");
            atMost(r, "nonBoundary", nonBoundary, "procedures", procedures);
            r.rejectUnknownFields();
            return allPresent(procedures, nonBoundary) ? new Tthc.NonBoundary(procedures, nonBoundary) : null;
        }

        Tthc.Feedback feedback(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            Long received = r.count("received");
            Long handled = r.count("handled");
            Long onTime = r.count("handledOnTime");
            atMost(r, "handled", handled, "received", received);
            atMost(r, "handledOnTime", onTime, "handled", handled);
            r.rejectUnknownFields();
            return allPresent(received, handled, onTime) ? new Tthc.Feedback(received, handled, onTime) : null;
        }

        Tthc.Simplification simplification(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            Tthc.Conditions conditions = null;
            JsonObjectReader c = r.object("businessConditions", false);
            if (c != null) {
                Long inScope = c.count("inScope");
                Long abolished = c.count("abolished");
                atMost(c, "abolished", abolished, "inScope", inScope);
                c.rejectUnknownFields();
                conditions = allPresent(inScope, abolished) ? new Tthc.Conditions(inScope, abolished) : null;
            }
            Tthc.Reduction days = reduction(r.object("resolutionDays", false));
            Tthc.Reduction cost = reduction(r.object("complianceCostVnd", false));
            r.rejectUnknownFields();
            return new Tthc.Simplification(conditions, days, cost);
        }

        Tthc.Reduction reduction(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            Long baseline = r.count("baseline");
            Long current = r.count("current");
            r.rejectUnknownFields();
            return allPresent(baseline, current) ? new Tthc.Reduction(baseline, current) : null;
        }

        private void atMost(JsonObjectReader r, String name, Long value, String boundName, Long bound) {
            if (value != null && bound != null && value > bound) {
                problems.add(new InputProblem(r.child(name), String.valueOf(value),
                        "at most " + boundName + " (" + bound + " at " + r.child(boundName) + ")"));
            }
        }

        private static boolean allPresent(Object... values) {
            for (Object value : values) {
                if (value == null) {
                    return false;
                }
            }
            return true;
        }
    }
}
