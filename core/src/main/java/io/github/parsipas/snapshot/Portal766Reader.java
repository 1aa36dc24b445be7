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
 * under it. Each portal indicator maps to a count group of {@code service766} ({@link Portal766Codes}); the
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

    private final SnapshotReader reader;

    public Portal766Reader(SnapshotReader reader) {
        this.reader = reader;
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
        Set<Portal766Codes.Group> seen = new HashSet<>();
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

    private void readFile(Path file, Set<Portal766Codes.Group> seen, Map<String, UnitData> units, List<InvalidInputException> problems) {
        String source = file.toString();
        String stem = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        Optional<Portal766Codes.Group> named = Portal766Codes.group(stem);
        if (named.isEmpty()) {
            throw new InvalidInputException(source, List.of(new InputProblem("(file name)", "\"" + stem + "\"",
                    "the name of a 766 group: " + String.join(", ", Portal766Codes.Group.names()))));
        }
        Portal766Codes.Group group = named.get();
        if (!seen.add(group)) {
            throw new InvalidInputException(source, List.of(new InputProblem("(file name)", "\"" + stem + "\"", "one file per group; " + stem + " was read already")));
        }
        JsonNode root = Parser.tree(source, bytes(file), false);
        JsonNode data = root.path("data");
        String first = group.tree() ? "parent" : "overview";
        String rest = group.tree() ? "children" : "evaluation";
        if (!data.path(first).isObject() || !data.path(rest).isArray() && !data.path(rest).isMissingNode()) {
            throw new InvalidInputException(source, List.of(new InputProblem("$.data", "no " + first + " object",
                    "{" + first + ": {…}, " + rest + ": [{…}]}, the " + (group.tree() ? "tree" : "listing") + " form of " + group.code())));
        }
        unit(source, "$.data." + first, data.path(first), group, units, problems);
        for (int i = 0; i < data.path(rest).size(); i++) {
            unit(source, "$.data." + rest + "[" + i + "]", data.path(rest).get(i), group, units, problems);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.size(file) > InputLimits.MAX_BYTES) {
                throw new InvalidInputException(file.toString(), List.of(new InputProblem("$", Files.size(file) + " bytes",
                        "at most " + InputLimits.MAX_BYTES + " bytes")));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), List.of(new InputProblem("(file)", "unreadable: " + e.getMessage(), "a readable JSON file")));
        }
    }

    /** One unit of one group: its counts and scores, added to the unit's data unless the entry has a problem. */
    private static void unit(String source, String path, JsonNode node, Portal766Codes.Group group, Map<String, UnitData> units,
                             List<InvalidInputException> problems) {
        List<InputProblem> found = new ArrayList<>();
        String name = node.path("departmentName").isTextual() ? node.path("departmentName").asText().strip() : null;
        String type = node.path("departmentType").isTextual() ? node.path("departmentType").asText() : null;
        if (name == null || name.isEmpty() || name.length() > InputLimits.MAX_NAME_LENGTH) {
            found.add(new InputProblem(path + ".departmentName", JsonObjectReader.show(node.path("departmentName")),
                    "the unit's name, 1 to " + InputLimits.MAX_NAME_LENGTH + " characters"));
        }
        String kind = Portal766Codes.kind(type);
        if (kind == null) {
            found.add(new InputProblem(path + ".departmentType", JsonObjectReader.show(node.path("departmentType")),
                    "one of " + String.join(", ", Portal766Codes.UNIT_TYPES.keySet())));
        }
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        Map<String, BigDecimal> reported = new TreeMap<>();
        if (group.tree()) {
            Portal766Codes.treeCounts(group, node, path, counts, found);
        } else {
            JsonNode metrics = node.path("metrics");
            if (!metrics.isArray()) {
                found.add(new InputProblem(path + ".metrics", JsonObjectReader.show(metrics), "an array of the group's indicators"));
            }
            for (int i = 0; i < metrics.size(); i++) {
                Portal766Codes.metric(metrics.get(i), path + ".metrics[" + i + "]", group, counts, reported, found);
            }
        }
        BigDecimal total = Portal766Codes.score(node.path("totalScore"), path + ".totalScore", found);
        if (total != null && reported.isEmpty()) {
            reported.put("766/" + group.ours(), total);
        }
        if (!found.isEmpty()) {
            problems.add(new InvalidInputException(source, found));
            return;
        }
        UnitData unit = units.computeIfAbsent(type + " " + name, k -> new UnitData(name, kind));
        unit.counts.putAll(counts);
        unit.reported.putAll(reported);
    }

    /** What the files say of one unit, across groups. */
    private static final class UnitData {
        final String name;
        final String kind;
        final Map<String, Map<String, Long>> counts = new TreeMap<>();
        final Map<String, BigDecimal> reported = new TreeMap<>();

        UnitData(String name, String kind) {
            this.name = name;
            this.kind = kind;
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
                ObjectNode node = root.with("service766").putObject(Paths.key(group));
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
