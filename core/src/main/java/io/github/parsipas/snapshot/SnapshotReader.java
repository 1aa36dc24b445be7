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
                throw new InvalidInputException(source, List.of(new InputProblem("$", "an empty document", "a snapshot object")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(source, List.of(new InputProblem("$",
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
            throw new InvalidInputException(source, problems);
        }
        return snapshot;
    }

    /** Binds the tree to the model; every method may return {@code null} after recording problems. */
    private record Binder(List<InputProblem> problems) {

        private static final String[] DOSSIER_COUNTS = {"received", "resolved", "resolvedOnTime"};

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
                long[] c = nested(item, DOSSIER_COUNTS);
                item.rejectUnknownFields();
                fields.add(new Tthc.FieldCounts(code, name, c == null ? null : new Tthc.DossierCounts(c[0], c[1], c[2])));
            }
            return List.copyOf(fields);
        }

        Tthc.DossierCounts dossiers(JsonObjectReader r) {
            long[] c = section(r, DOSSIER_COUNTS);
            return c == null ? null : new Tthc.DossierCounts(c[0], c[1], c[2]);
        }

        Tthc.Announcements announcements(JsonObjectReader r) {
            long[] c = section(r, "due", "onTime");
            return c == null ? null : new Tthc.Announcements(c[0], c[1]);
        }

        Tthc.NonBoundary nonBoundary(JsonObjectReader r) {
            long[] c = section(r, "procedures", "nonBoundary");
            return c == null ? null : new Tthc.NonBoundary(c[0], c[1]);
        }

        Tthc.Feedback feedback(JsonObjectReader r) {
            long[] c = section(r, "received", "handled", "handledOnTime");
            return c == null ? null : new Tthc.Feedback(c[0], c[1], c[2]);
        }

        Tthc.Simplification simplification(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            long[] conditions = section(r.object("businessConditions", false), "inScope", "abolished");
            Tthc.Reduction days = reduction(r.object("resolutionDays", false));
            Tthc.Reduction cost = reduction(r.object("complianceCostVnd", false));
            r.rejectUnknownFields();
            return new Tthc.Simplification(conditions == null ? null : new Tthc.Conditions(conditions[0], conditions[1]), days, cost);
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

        /** A section made only of nested counts (see {@link #nested}); {@code null} when absent or bad. */
        private long[] section(JsonObjectReader r, String... names) {
            if (r == null) {
                return null;
            }
            long[] counts = nested(r, names);
            r.rejectUnknownFields();
            return counts;
        }

        /**
         * Reads counts that each contain the next (received ⊇ resolved ⊇ resolved on time): each must be
         * at most the one before. Returns {@code null} when any is missing or bad (problems recorded).
         */
        private long[] nested(JsonObjectReader r, String... names) {
            Long[] values = new Long[names.length];
            for (int i = 0; i < names.length; i++) {
                values[i] = r.count(names[i]);
                if (i > 0 && values[i] != null && values[i - 1] != null && values[i] > values[i - 1]) {
                    problems.add(new InputProblem(r.child(names[i]), String.valueOf(values[i]),
                            "at most " + names[i - 1] + " (" + values[i - 1] + " at " + r.child(names[i - 1]) + ")"));
                }
            }
            return allPresent((Object[]) values) ? java.util.Arrays.stream(values).mapToLong(Long::longValue).toArray() : null;
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
