package io.github.parsipas.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the National Public Service Portal's 766 evaluation responses, one JSON file per group (named after it,
 * e.g. {@code transparency.json}) or a folder of them, into one snapshot per unit: the province and each unit
 * under it. Each portal indicator maps to a count group of {@code service766} (the table {@link Table}, declared beside the 766 pack); the
 * portal's own scores become the snapshot's {@code reported} points. A bad file, or a bad unit in a file, is a
 * problem with its path that does not stop the others.
 */
public final class Portal766Reader {

    /** The snapshots read, one per unit (the province first, then by name), and the problems of the files and units left out. */
    public record Import(List<Snapshot> snapshots, List<InvalidInputException> problems) {
        public Import {
            snapshots = List.copyOf(snapshots);
            problems = List.copyOf(problems);
        }
    }

    /**
     * The table between the portal's responses and a snapshot, declared beside the 766 pack (an input declarations
     * file's {@code portal766}): the index its group scores are reported for, the section its counts fill, its groups,
     * unit types, the indicators of its listing groups and the counts of its tree groups.
     */
    public record Table(String index, String section, List<Group> groups, List<UnitType> unitTypes, List<Metric> metrics,
                        List<TreeCount> treeCounts) {
        public Table {
            groups = List.copyOf(groups);
            unitTypes = List.copyOf(unitTypes);
            metrics = List.copyOf(metrics);
            treeCounts = List.copyOf(treeCounts);
        }
    }

    /**
     * A group as the portal answers it: its name (the file's), ours (a group of the index), and whether it answers as
     * a tree ({@code {data: {parent, children[]}}}) or a listing ({@code {code, data: {overview, evaluation[]}}}).
     */
    public record Group(String name, String ours, boolean tree) {
    }

    /** A portal unit type and our unit kind. */
    public record UnitType(String type, String kind) {
    }

    /**
     * An indicator of a listing group (named as the group's file). Its denominator fills {@code whole} of {@code input};
     * its numerator fills {@code part}, or, when {@code complement}, {@code part} is the denominator less the numerator
     * (the portal counts the satisfied, we count the others); {@code zeros} are counts the portal does not split out.
     */
    public record Metric(String code, String group, String input, String whole, String part, Boolean complement, List<String> zeros,
                         String criterion) {
        public Metric {
            complement = Boolean.TRUE.equals(complement);
            zeros = zeros == null ? List.of() : List.copyOf(zeros);
        }
    }

    /** A count of a tree group (named as the group's file): the portal's field and the snapshot count it fills. */
    public record TreeCount(String group, String field, String input, String count) {
    }

    private final SnapshotReader reader;
    private final Table table;

    /** A reader into snapshots of {@code reader}'s rule set, by the portal table its input declarations hold. */
    public Portal766Reader(SnapshotReader reader) {
        this.reader = reader;
        this.table = reader.layout().portal766().orElseThrow(() -> new IllegalStateException(
                "the rule set declares no portal766 table (an input declarations file's portal766)"));
    }

    /** The table the reader maps the portal's responses by. */
    public Table table() {
        return table;
    }

    /**
     * Reads files and folders (every {@code .json} directly in a folder) as of {@code asOf}, for {@code period}
     * ({@code 2025-10}, {@code 2025-Q4} or {@code 2025-W43}).
     */
    public Import read(List<Path> paths, LocalDate asOf, String period) {
        List<InvalidInputException> problems = new ArrayList<>();
        ObjectNode periodNode = period(period);
        if (periodNode == null) {
            throw new InvalidInputException("portal766", List.of(new InputProblem("period", "\"" + period + "\"",
                    "a month, quarter or ISO week such as 2025-10, 2025-Q4 or 2025-W43")));
        }
        Map<String, UnitData> units = new LinkedHashMap<>();
        Set<Group> seen = new HashSet<>();
        for (Path file : files(paths)) {
            try {
                readFile(file, seen, units, problems);
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        List<UnitData> ordered = units.values().stream()
                .sorted(Comparator.comparing((UnitData u) -> !u.kind.equals("city")).thenComparing(u -> u.name)).toList();
        List<Snapshot> snapshots = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (UnitData unit : ordered) {
            String id = unique(slug(unit.name), ids);
            try {
                snapshots.add(reader.fromJson("portal766 unit " + id, unit.snapshot(id, asOf, periodNode).toString().getBytes(StandardCharsets.UTF_8)));
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        return new Import(snapshots, problems);
    }

    private static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") && Files.isRegularFile(p))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private void readFile(Path file, Set<Group> seen, Map<String, UnitData> units, List<InvalidInputException> problems) {
        String source = file.toString();
        String stem = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        Optional<Group> named = table.groups().stream().filter(g -> g.name().equalsIgnoreCase(stem)).findFirst();
        if (named.isEmpty()) {
            throw new InvalidInputException(source, List.of(new InputProblem("(file name)", "\"" + stem + "\"",
                    "the name of a 766 group: " + String.join(", ", table.groups().stream().map(Group::name).toList()))));
        }
        Group group = named.get();
        if (!seen.add(group)) {
            throw new InvalidInputException(source, List.of(new InputProblem("(file name)", "\"" + stem + "\"", "one file per group; " + stem + " was read already")));
        }
        JsonNode root = Parser.tree(source, bytes(file), false);
        JsonNode data = root.path("data");
        String first = group.tree() ? "parent" : "overview";
        String rest = group.tree() ? "children" : "evaluation";
        if (!data.path(first).isObject() || !data.path(rest).isArray() && !data.path(rest).isMissingNode()) {
            throw new InvalidInputException(source, List.of(new InputProblem("$.data", "no " + first + " object",
                    "{" + first + ": {…}, " + rest + ": [{…}]}, the " + (group.tree() ? "tree" : "listing") + " form of " + group.name())));
        }
        unit(source, "$.data." + first, data.path(first), group, units, problems);
        for (int i = 0; i < data.path(rest).size(); i++) {
            unit(source, "$.data." + rest + "[" + i + "]", data.path(rest).get(i), group, units, problems);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Parser.read(file); // a file over the limit is refused by the parser, with the line it passes it at
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), List.of(new InputProblem("(file)", "unreadable: " + e.getMessage(), "a readable JSON file")));
        }
    }

    /** One unit of one group: its counts and scores, added to the unit's data unless the entry has a problem. */
    private void unit(String source, String path, JsonNode node, Group group, Map<String, UnitData> units,
                             List<InvalidInputException> problems) {
        List<InputProblem> found = new ArrayList<>();
        String name = node.path("departmentName").isTextual() ? node.path("departmentName").asText().strip() : null;
        String type = node.path("departmentType").isTextual() ? node.path("departmentType").asText() : null;
        if (name == null || name.isEmpty() || name.length() > InputLimits.MAX_NAME_LENGTH) {
            found.add(new InputProblem(path + ".departmentName", JsonObjectReader.show(node.path("departmentName")),
                    "the unit's name, 1 to " + InputLimits.MAX_NAME_LENGTH + " characters"));
        }
        String kind = type == null ? null : table.unitTypes().stream().filter(t -> t.type().equals(type)).map(UnitType::kind).findFirst().orElse(null);
        if (kind == null) {
            found.add(new InputProblem(path + ".departmentType", JsonObjectReader.show(node.path("departmentType")),
                    "one of " + String.join(", ", table.unitTypes().stream().map(UnitType::type).toList())));
        }
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        Map<String, BigDecimal> reported = new TreeMap<>();
        if (group.tree()) {
            treeCounts(group, node, path, counts, found);
        } else {
            JsonNode metrics = node.path("metrics");
            if (!metrics.isArray()) {
                found.add(new InputProblem(path + ".metrics", JsonObjectReader.show(metrics), "an array of the group's indicators"));
            }
            for (int i = 0; i < metrics.size(); i++) {
                metric(metrics.get(i), path + ".metrics[" + i + "]", group, counts, reported, found);
            }
        }
        BigDecimal total = score(node.path("totalScore"), path + ".totalScore", found);
        if (total != null && reported.isEmpty()) {
            reported.put(table.index() + "/" + group.ours(), total);
        }
        if (!found.isEmpty()) {
            problems.add(new InvalidInputException(source, found));
            return;
        }
        UnitData unit = units.computeIfAbsent(type + " " + name, k -> new UnitData(name, kind, table.section()));
        unit.counts.putAll(counts);
        unit.reported.putAll(reported);
    }

    /** One indicator of a listing unit: its counts and its score, or its problems. A maximum of 0 marks one tracked only. */
    private void metric(JsonNode node, String path, Group group, Map<String, Map<String, Long>> counts, Map<String, BigDecimal> reported,
                       List<InputProblem> problems) {
        if (node.path("maxScore").isNumber() && node.path("maxScore").decimalValue().signum() == 0) {
            return;
        }
        String code = node.path("code").asText("");
        Optional<Metric> known = table.metrics().stream().filter(m -> m.code().equals(code) && m.group().equals(group.name())).findFirst();
        if (known.isEmpty()) {
            problems.add(new InputProblem(path + ".code", JsonObjectReader.show(node.path("code")),
                    "an indicator of " + group.name() + ", one of " + String.join(", ", table.metrics().stream().filter(m -> m.group().equals(group.name())).map(Metric::code).toList())
                            + " (or a maxScore of 0 for one tracked only)"));
            return;
        }
        Metric metric = known.get();
        Long denominator = count(node, "denominator", path, problems);
        Long numerator = count(node, "numerator", path, problems);
        if (denominator != null && numerator != null) {
            if (numerator > denominator) {
                problems.add(new InputProblem(path + ".numerator", String.valueOf(numerator),
                        "at most the denominator (" + denominator + " at " + path + ".denominator)"));
                return;
            }
            Map<String, Long> values = new TreeMap<>();
            values.put(metric.whole(), denominator);
            values.put(metric.part(), metric.complement() ? denominator - numerator : numerator);
            metric.zeros().forEach(z -> values.put(z, 0L));
            counts.put(metric.input(), values);
        } else if ((denominator == null) != (numerator == null)) {
            problems.add(new InputProblem(path + (denominator == null ? ".denominator" : ".numerator"), "null",
                    "a count, as " + (denominator == null ? "numerator" : "denominator") + " is one (or both null for a ratio only)"));
        }
        BigDecimal score = score(node.path("score"), path + ".score", problems);
        if (score != null) {
            reported.put(metric.criterion(), score);
        }
    }

    /**
     * The counts of a tree unit: each count group whose fields are all there (its first the whole, the others
     * parts of it); a unit may carry none, only a score.
     */
    private void treeCounts(Group group, JsonNode node, String path, Map<String, Map<String, Long>> counts, List<InputProblem> problems) {
        Map<String, List<TreeCount>> byInput = new LinkedHashMap<>();
        table.treeCounts().stream().filter(c -> c.group().equals(group.name())).forEach(c -> byInput.computeIfAbsent(c.input(), k -> new java.util.ArrayList<>()).add(c));
        byInput.forEach((input, fields) -> {
            int before = problems.size();
            Map<String, Long> values = new TreeMap<>();
            for (TreeCount field : fields) {
                Long value = count(node, field.field(), path, problems);
                Long whole = values.get(fields.get(0).count());
                if (value != null && whole != null && value > whole) {
                    problems.add(new InputProblem(path + "." + field.field(), String.valueOf(value),
                            "at most " + fields.get(0).field() + " (" + whole + ")"));
                } else if (value != null) {
                    values.put(field.count(), value);
                }
            }
            if (problems.size() > before) {
                return;
            }
            if (values.size() == fields.size()) {
                counts.put(input, values);
            } else if (!values.isEmpty()) {
                problems.add(new InputProblem(path, "only some of the counts for " + input,
                        "all of " + String.join(", ", fields.stream().map(TreeCount::field).distinct().toList()) + ", or none (a score only)"));
            }
        });
    }

    /** A count, {@code null} when absent or null; a problem when not a whole number from 0. */
    private static Long count(JsonNode node, String field, String path, List<InputProblem> problems) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0 || value.asLong() > InputLimits.MAX_COUNT) {
            problems.add(new InputProblem(path + "." + field, JsonObjectReader.show(value), "a whole number from 0 to " + InputLimits.MAX_COUNT));
            return null;
        }
        return value.asLong();
    }

    /** A score, {@code null} when absent or null; a problem when not a number from 0 to 100. */
    private static BigDecimal score(JsonNode value, String path, List<InputProblem> problems) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0 || value.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new InputProblem(path, JsonObjectReader.show(value), "a score from 0 to 100, or null"));
            return null;
        }
        return value.decimalValue();
    }

    /** What the files say of one unit, across groups. */
    private static final class UnitData {
        final String name;
        final String kind;
        final String section;
        final Map<String, Map<String, Long>> counts = new TreeMap<>();
        final Map<String, BigDecimal> reported = new TreeMap<>();

        UnitData(String name, String kind, String section) {
            this.name = name;
            this.kind = kind;
            this.section = section;
        }

        ObjectNode snapshot(String id, LocalDate asOf, ObjectNode period) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("format", Snapshot.FORMAT);
            ObjectNode unit = root.putObject("unit");
            unit.put("id", id);
            unit.put("name", name);
            unit.put("kind", kind);
            unit.putArray("leadRoles");
            root.put("asOf", asOf.toString());
            root.set("period", period);
            counts.forEach((group, values) -> {
                ObjectNode node = root.with(section).putObject(Paths.key(group));
                values.forEach(node::put);
            });
            if (!reported.isEmpty()) {
                ObjectNode node = root.putObject("reported");
                reported.forEach(node::put);
            }
            return root;
        }
    }

    private static ObjectNode period(String label) {
        return Period.parse(label).map(period -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("year", period.year());
            if (period.month() != null) {
                node.put("month", period.month());
            } else if (period.quarter() != null) {
                node.put("quarter", period.quarter());
            } else {
                node.put("week", period.week());
            }
            return node;
        }).orElse(null);
    }

    /** An id from a Vietnamese name: {@code Phường Bến Thành} → {@code phuong-ben-thanh}. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "unit" : slug;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
