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

import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;

/**
 * Reads the National Public Service Portal's 766 evaluation responses as the portal sends them, one JSON file per group
 * (named after it, e.g. {@code transparency.json}) or a folder of them, into one snapshot per unit: the province and
 * each unit under it. Listing groups answer {@code {code, data: {overview, evaluation[]}}}, tree groups
 * {@code {code, data: {parent, children[]}}} without {@code departmentType}; a unit is joined across files by
 * {@code departmentId} or {@code departmentCode} when both entries carry it, else by name (said in a note). Each portal
 * indicator maps to a count group of {@code service766} (the table {@link Table}, declared beside the 766 pack); a
 * ratio-only indicator fills the group's share value; the portal's own scores become the snapshot's {@code reported}
 * points and its data-quality flags {@code reportedQuality}. A bad file, or a bad unit in a file, is a problem with its
 * path that does not stop the others; fields the table does not use are listed once in a note.
 */
public final class Portal766Reader {

    /**
     * The snapshots read, one per unit (the province first, then by name), the problems of the files and units left out,
     * and notes for people: the fields not used, and each unit joined across files by name.
     */
    public record Import(List<Snapshot> snapshots, List<InvalidInputException> problems, List<Text> notes) {
        public Import {
            snapshots = List.copyOf(snapshots);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The table between the portal's responses and a snapshot, declared beside the 766 pack (an input declarations
     * file's {@code portal766}): the index its group scores are reported for, the section its counts fill, its groups,
     * the envelope's code of an answer, the fields of a unit's points and maximum, unit types, levels and the province's
     * code, the indicators of its listing groups and the counts of its tree groups.
     */
    public record Table(String index, String section, List<Group> groups, String okCode, List<String> scoreFields, List<String> maxFields,
                        List<UnitType> unitTypes, List<Level> levels, ProvinceCode provinceCode, List<Metric> metrics, List<TreeCount> treeCounts) {
        public Table {
            groups = List.copyOf(groups);
            scoreFields = List.copyOf(scoreFields);
            maxFields = List.copyOf(maxFields);
            unitTypes = List.copyOf(unitTypes);
            levels = List.copyOf(levels);
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

    /** A portal unit type ({@code departmentType}) and our unit kind. */
    public record UnitType(String type, String kind) {
    }

    /** A tree unit's {@code level} and our unit kind. */
    public record Level(String level, String kind) {
    }

    /** The {@code departmentCode} of the province itself (a regular expression), and its kind. */
    public record ProvinceCode(String pattern, String kind) {
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

    /** A count of a tree group (named as the group's file): the portal's field, plus those of {@code plus}, and the snapshot count it fills. */
    public record TreeCount(String group, String field, List<String> plus, String input, String count) {
        public TreeCount {
            plus = plus == null ? List.of() : List.copyOf(plus);
        }
    }

    /** The fields of a unit and of an indicator the reader reads besides the table's counts and score fields. */
    private static final Set<String> UNIT_FIELDS = Set.of("departmentId", "departmentName", "departmentCode", "departmentType", "level", "metrics");
    private static final Set<String> METRIC_FIELDS = Set.of("code", "numerator", "denominator", "ratio", "score", "maxScore",
            "dataQualityStatus", "dataQualityMessage");
    private static final Set<String> ENVELOPE_FIELDS = Set.of("code", "data", "message");

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
            throw new InvalidInputException("portal766", List.of(InputProblem.of("period", "\"" + period + "\"", "portal766.expected.period", Map.of())));
        }
        Reading reading = new Reading();
        Set<Group> seen = new HashSet<>();
        for (Path file : files(paths)) {
            try {
                readFile(file, seen, reading, problems);
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        List<Text> notes = new ArrayList<>();
        if (!reading.ignoredIn.isEmpty()) {
            notes.add(Messages.text("portal766.note.ignored", Map.of("fields", Arg.verbatim(String.join("; ", reading.ignored())))));
        }
        List<UnitData> ordered = new ArrayList<>();
        for (UnitData unit : reading.units) {
            List<InputProblem> found = new ArrayList<>();
            unit.kind = kind(unit, found);
            if (found.isEmpty()) {
                ordered.add(unit);
            } else {
                problems.add(new InvalidInputException(unit.firstSource, found));
            }
        }
        ordered.sort(Comparator.comparing((UnitData u) -> !u.kind.equals("city")).thenComparing(u -> u.name));
        List<Snapshot> snapshots = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (UnitData unit : ordered) {
            String id = unique(slug(unit.name), ids);
            try {
                snapshots.add(reader.fromJson("portal766 unit " + id, unit.snapshot(id, asOf, periodNode, table.section(), reader.layout())
                        .toString().getBytes(StandardCharsets.UTF_8)));
                if (!unit.byName.isEmpty()) {
                    notes.add(Messages.text("portal766.note.byName", Map.of("unit", Arg.verbatim(unit.name), "id", Arg.verbatim(id),
                            "groups", Arg.verbatim(String.join(", ", unit.byName)))));
                }
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        return new Import(snapshots, problems, notes);
    }

    /** A unit's kind: its departmentType where any file gives it, else its level, else the province's code; all that are given agree. */
    private String kind(UnitData unit, List<InputProblem> found) {
        Map<String, String> byBasis = new LinkedHashMap<>();
        if (unit.type != null) {
            table.unitTypes().stream().filter(t -> t.type().equals(unit.type)).findFirst().ifPresent(t -> byBasis.put("departmentType", t.kind()));
        }
        if (unit.level != null) {
            table.levels().stream().filter(l -> l.level().equals(unit.level)).findFirst().ifPresent(l -> byBasis.put("level", l.kind()));
        }
        if (unit.code != null && unit.code.matches(table.provinceCode().pattern())) {
            byBasis.put("departmentCode", table.provinceCode().kind());
        }
        if (byBasis.isEmpty()) {
            found.add(InputProblem.of(unit.firstPath, Messages.text("portal766.found.noKind", Map.of("unit", Arg.verbatim(unit.name))),
                    "portal766.expected.kind", Map.of("types", Arg.verbatim(String.join(", ", table.unitTypes().stream().map(UnitType::type).toList())),
                            "levels", Arg.verbatim(String.join(", ", table.levels().stream().map(Level::level).toList())))));
            return null;
        }
        String kind = byBasis.values().iterator().next();
        // the departmentCode of the province marks the city; a level PROVINCE on it is the portal's level of the province's own tree
        byBasis.forEach((basis, other) -> {
            if (!other.equals(kind) && !(basis.equals("level") && byBasis.containsKey("departmentCode") && !byBasis.containsKey("departmentType"))) {
                found.add(InputProblem.of(unit.firstPath + "." + basis, "\"" + (basis.equals("level") ? unit.level : unit.code) + "\"",
                        "portal766.expected.sameKind", Map.of("kind", Arg.verbatim(kind))));
            }
        });
        return byBasis.containsKey("departmentType") ? kind : byBasis.getOrDefault("departmentCode", kind);
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

    private void readFile(Path file, Set<Group> seen, Reading reading, List<InvalidInputException> problems) {
        String source = file.toString();
        String stem = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        Optional<Group> named = table.groups().stream().filter(g -> g.name().equalsIgnoreCase(stem)).findFirst();
        if (named.isEmpty()) {
            throw new InvalidInputException(source, List.of(InputProblem.of("(file name)", "\"" + stem + "\"", "portal766.expected.groupFile",
                    Map.of("groups", Arg.verbatim(String.join(", ", table.groups().stream().map(Group::name).toList()))))));
        }
        Group group = named.get();
        if (!seen.add(group)) {
            throw new InvalidInputException(source, List.of(InputProblem.of("(file name)", "\"" + stem + "\"", "portal766.expected.oneFile",
                    Map.of("group", Arg.verbatim(stem)))));
        }
        JsonNode root = Parser.tree(source, bytes(file), false);
        JsonNode code = root.path("code");
        if (!code.isMissingNode() && !(code.isTextual() && code.asText().equals(table.okCode()))) {
            throw new InvalidInputException(source, List.of(InputProblem.of("$.code", JsonObjectReader.show(code), "portal766.expected.ok",
                    Map.of("ok", Arg.verbatim(table.okCode()), "message", Arg.verbatim(root.path("message").asText(""))))));
        }
        reading.ignore(root, ENVELOPE_FIELDS, group.name(), "");
        JsonNode data = root.path("data");
        String first = group.tree() ? "parent" : "overview";
        String rest = group.tree() ? "children" : "evaluation";
        if (!data.path(first).isObject() || !data.path(rest).isArray() && !data.path(rest).isMissingNode()) {
            throw new InvalidInputException(source, List.of(InputProblem.of("$.data", Messages.text("portal766.found.noObject", Map.of("field", Arg.verbatim(first))),
                    "portal766.expected.shape", Map.of("first", Arg.verbatim(first), "rest", Arg.verbatim(rest), "group", Arg.verbatim(group.name())))));
        }
        reading.ignore(data, Set.of(first, rest), group.name(), "data.");
        unit(source, "$.data." + first, data.path(first), group, reading, problems);
        for (int i = 0; i < data.path(rest).size(); i++) {
            unit(source, "$.data." + rest + "[" + i + "]", data.path(rest).get(i), group, reading, problems);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Parser.read(file); // a file over the limit is refused by the parser, with the line it passes it at
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), List.of(InputProblem.of("(file)", e.getMessage() == null ? e.toString() : e.getMessage(),
                    "portal766.expected.readable", Map.of())));
        }
    }

    /** One unit of one group: who it is, its counts, scores and flags, joined to the unit's data unless the entry has a problem. */
    private void unit(String source, String path, JsonNode node, Group group, Reading reading, List<InvalidInputException> problems) {
        List<InputProblem> found = new ArrayList<>();
        if (!node.isObject()) {
            problems.add(new InvalidInputException(source, List.of(InputProblem.of(path, JsonObjectReader.show(node), "input.expected.object", Map.of()))));
            return;
        }
        String name = node.path("departmentName").isTextual() ? node.path("departmentName").asText().strip() : null;
        if (name == null || name.isEmpty() || name.length() > InputLimits.MAX_NAME_LENGTH) {
            found.add(InputProblem.of(path + ".departmentName", JsonObjectReader.show(node.path("departmentName")), "portal766.expected.name",
                    Map.of("max", Arg.verbatim(String.valueOf(InputLimits.MAX_NAME_LENGTH)))));
        }
        String id = identifier(node, "departmentId", path, found);
        String code = identifier(node, "departmentCode", path, found);
        String type = known(node, "departmentType", path, table.unitTypes().stream().map(UnitType::type).toList(), found);
        String level = known(node, "level", path, table.levels().stream().map(Level::level).toList(), found);
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        Map<String, BigDecimal> shares = new TreeMap<>();
        Map<String, BigDecimal> reported = new TreeMap<>();
        Map<String, Snapshot.Flag> flags = new TreeMap<>();
        Set<String> used = new HashSet<>(UNIT_FIELDS);
        used.addAll(table.scoreFields());
        used.addAll(table.maxFields());
        if (group.tree()) {
            treeCounts(group, node, path, counts, found, used);
        } else {
            JsonNode metrics = node.path("metrics");
            if (!metrics.isArray()) {
                found.add(InputProblem.of(path + ".metrics", JsonObjectReader.show(metrics), "portal766.expected.metrics", Map.of()));
            }
            for (int i = 0; i < metrics.size(); i++) {
                metric(metrics.get(i), path + ".metrics[" + i + "]", group, counts, shares, reported, flags, found);
                reading.ignore(metrics.get(i), METRIC_FIELDS, group.name(), "metrics[].");
            }
        }
        reading.ignore(node, used, group.name(), "");
        BigDecimal total = points(node, table.scoreFields(), table.maxFields(), path, found);
        if (total != null) {
            reported.put(table.index() + "/" + group.ours(), total);
        }
        if (!found.isEmpty()) {
            problems.add(new InvalidInputException(source, found));
            return;
        }
        UnitData unit = reading.join(id, code, name, group.name(), source, path);
        unit.type = unit.type == null ? type : unit.type;
        unit.level = unit.level == null ? level : unit.level;
        unit.counts.putAll(counts);
        unit.shares.putAll(shares);
        unit.reported.putAll(reported);
        unit.flags.putAll(flags);
    }

    /** An identifier of the unit ({@code departmentId}, {@code departmentCode}): absent or null, or a number or a text. */
    private static String identifier(JsonNode node, String field, String path, List<InputProblem> found) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() || value.isTextual() && JsonObjectReader.unacceptable(value.asText()) == null) {
            return value.asText().strip();
        }
        found.add(InputProblem.of(path + "." + field, JsonObjectReader.show(value), "portal766.expected.identifier", Map.of()));
        return null;
    }

    /** A field that, when given, is one of {@code values}. */
    private static String known(JsonNode node, String field, String path, List<String> values, List<InputProblem> found) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isTextual() && values.contains(value.asText())) {
            return value.asText();
        }
        found.add(InputProblem.of(path + "." + field, JsonObjectReader.show(value), "input.expected.oneOf", Map.of("values", Arg.verbatim(String.join(", ", values)))));
        return null;
    }

    /**
     * One indicator of a listing unit: its counts, or its ratio alone (numerator and denominator null), its score and its
     * data-quality flag, or its problems. A maximum of 0 marks one tracked only.
     */
    private void metric(JsonNode node, String path, Group group, Map<String, Map<String, Long>> counts, Map<String, BigDecimal> shares,
                        Map<String, BigDecimal> reported, Map<String, Snapshot.Flag> flags, List<InputProblem> problems) {
        if (node.path("maxScore").isNumber() && node.path("maxScore").decimalValue().signum() == 0) {
            return;
        }
        String code = node.path("code").asText("");
        Optional<Metric> known = table.metrics().stream().filter(m -> m.code().equals(code) && m.group().equals(group.name())).findFirst();
        if (known.isEmpty()) {
            problems.add(InputProblem.of(path + ".code", JsonObjectReader.show(node.path("code")), "portal766.expected.metric",
                    Map.of("group", Arg.verbatim(group.name()), "codes", Arg.verbatim(String.join(", ",
                            table.metrics().stream().filter(m -> m.group().equals(group.name())).map(Metric::code).toList())))));
            return;
        }
        Metric metric = known.get();
        Long denominator = count(node, "denominator", path, problems);
        Long numerator = count(node, "numerator", path, problems);
        if (denominator != null && numerator != null) {
            if (numerator > denominator) {
                problems.add(InputProblem.of(path + ".numerator", String.valueOf(numerator), "input.expected.atMostCount",
                        Map.of("other", Arg.verbatim("denominator"), "value", Arg.verbatim(String.valueOf(denominator)), "path", Arg.verbatim(path + ".denominator"))));
                return;
            }
            Map<String, Long> values = new TreeMap<>();
            values.put(metric.whole(), denominator);
            values.put(metric.part(), metric.complement() ? denominator - numerator : numerator);
            metric.zeros().forEach(z -> values.put(z, 0L));
            counts.put(metric.input(), values);
        } else if ((denominator == null) != (numerator == null)) {
            String missing = denominator == null ? "denominator" : "numerator";
            problems.add(InputProblem.of(path + "." + missing, Messages.text("input.found.null", Map.of()), "portal766.expected.bothOrRatio",
                    Map.of("other", Arg.verbatim(denominator == null ? "numerator" : "denominator"))));
        } else if (!node.path("ratio").isMissingNode() && !node.path("ratio").isNull()) {
            ratio(node.path("ratio"), path + ".ratio", metric, shares, problems);
        }
        BigDecimal score = points(node, List.of("score"), List.of("maxScore"), path, problems);
        if (score != null) {
            reported.put(metric.criterion(), score);
        }
        JsonNode status = node.path("dataQualityStatus");
        JsonNode message = node.path("dataQualityMessage");
        if (!status.isMissingNode() && !status.isNull()) {
            String statusText = text(status, path + ".dataQualityStatus", problems);
            String messageText = message.isMissingNode() || message.isNull() ? null : text(message, path + ".dataQualityMessage", problems);
            if (statusText != null) {
                flags.put(metric.criterion(), new Snapshot.Flag(statusText, messageText));
            }
        }
    }

    /** A ratio given without its counts: the share value of the indicator's count group, in percent. */
    private void ratio(JsonNode value, String path, Metric metric, Map<String, BigDecimal> shares, List<InputProblem> problems) {
        Optional<ValueInput> share = reader.layout().values().stream().filter(v -> metric.input().equals(v.shareOf())).findFirst();
        if (share.isEmpty()) {
            problems.add(InputProblem.of(path, JsonObjectReader.show(value), "portal766.expected.counts", Map.of("code", Arg.verbatim(metric.code()))));
        } else if (!value.isNumber() || value.decimalValue().compareTo(share.get().min()) < 0 || value.decimalValue().compareTo(share.get().max()) > 0) {
            problems.add(InputProblem.of(path, JsonObjectReader.show(value), "input.expected.numberRange",
                    Map.of("min", Arg.verbatim(share.get().min().toPlainString()), "max", Arg.verbatim(share.get().max().toPlainString()))));
        } else {
            shares.put(share.get().path(), value.decimalValue());
        }
    }

    private static String text(JsonNode value, String path, List<InputProblem> problems) {
        if (value.isTextual() && JsonObjectReader.unacceptable(value.asText()) == null) {
            return value.asText();
        }
        problems.add(InputProblem.of(path, JsonObjectReader.show(value), "input.expected.string", Map.of()));
        return null;
    }

    /**
     * The counts of a tree unit: each count group whose fields are all there (its first the whole, the others
     * parts of it); a unit may carry none, only a score.
     */
    private void treeCounts(Group group, JsonNode node, String path, Map<String, Map<String, Long>> counts, List<InputProblem> problems, Set<String> used) {
        Map<String, List<TreeCount>> byInput = new LinkedHashMap<>();
        table.treeCounts().stream().filter(c -> c.group().equals(group.name())).forEach(c -> byInput.computeIfAbsent(c.input(), k -> new ArrayList<>()).add(c));
        byInput.forEach((input, fields) -> {
            int before = problems.size();
            Map<String, Long> values = new TreeMap<>();
            List<String> names = new ArrayList<>();
            for (TreeCount field : fields) {
                List<String> summed = new ArrayList<>(List.of(field.field()));
                summed.addAll(field.plus());
                names.addAll(summed);
                used.addAll(summed);
                Long value = 0L;
                for (String name : summed) {
                    Long one = count(node, name, path, problems);
                    value = one == null || value == null ? null : Math.addExact(value, one);
                }
                Long whole = values.get(fields.get(0).count());
                if (value != null && whole != null && value > whole) {
                    problems.add(InputProblem.of(path + "." + String.join(" + ", summed), String.valueOf(value), "input.expected.atMostCount",
                            Map.of("other", Arg.verbatim(fields.get(0).field()), "value", Arg.verbatim(String.valueOf(whole)), "path", Arg.verbatim(path + "." + fields.get(0).field()))));
                } else if (value != null) {
                    values.put(field.count(), value);
                }
            }
            if (problems.size() > before) {
                return;
            }
            boolean anyGiven = names.stream().anyMatch(n -> !node.path(n).isMissingNode() && !node.path(n).isNull());
            if (values.size() == fields.size()) {
                counts.put(input, values);
            } else if (anyGiven) {
                problems.add(InputProblem.of(path, Messages.text("portal766.found.someCounts", Map.of("input", Arg.verbatim(input))),
                        "portal766.expected.allCounts", Map.of("fields", Arg.verbatim(String.join(", ", names.stream().distinct().toList())))));
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
            problems.add(InputProblem.of(path + "." + field, JsonObjectReader.show(value), "input.expected.countRange",
                    Map.of("max", Arg.verbatim(String.valueOf(InputLimits.MAX_COUNT)))));
            return null;
        }
        return value.asLong();
    }

    /**
     * Points as published: the first of {@code fields} present, from 0 to 100 and at most the first of {@code maxFields}
     * present; {@code null} when none is given or it is null (the portal did not score).
     */
    private static BigDecimal points(JsonNode node, List<String> fields, List<String> maxFields, String path, List<InputProblem> problems) {
        String field = fields.stream().filter(f -> !node.path(f).isMissingNode()).findFirst().orElse(null);
        BigDecimal points = field == null ? null : score(node.path(field), path + "." + field, problems);
        String maxField = maxFields.stream().filter(f -> !node.path(f).isMissingNode() && !node.path(f).isNull()).findFirst().orElse(null);
        BigDecimal max = maxField == null ? null : score(node.path(maxField), path + "." + maxField, problems);
        if (points != null && max != null && points.compareTo(max) > 0) {
            problems.add(InputProblem.of(path + "." + field, points.toPlainString(), "input.expected.atMostCount",
                    Map.of("other", Arg.verbatim(maxField), "value", Arg.verbatim(max.toPlainString()), "path", Arg.verbatim(path + "." + maxField))));
            return null;
        }
        return points;
    }

    /** A score, {@code null} when null; a problem when not a number from 0 to 100. */
    private static BigDecimal score(JsonNode value, String path, List<InputProblem> problems) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0 || value.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(InputProblem.of(path, JsonObjectReader.show(value), "portal766.expected.score", Map.of()));
            return null;
        }
        return value.decimalValue();
    }

    /** What the files say, unit by unit, and the fields seen that the table does not use. */
    private static final class Reading {
        final List<UnitData> units = new ArrayList<>();
        final Map<String, Set<String>> ignoredIn = new TreeMap<>();

        /** Notes each field of {@code node} not in {@code used}, once, with the groups it was seen in. */
        void ignore(JsonNode node, Set<String> used, String group, String prefix) {
            node.fieldNames().forEachRemaining(f -> {
                if (!used.contains(f)) {
                    ignoredIn.computeIfAbsent(prefix + f, k -> new java.util.TreeSet<>()).add(group);
                }
            });
        }

        /** The fields not used, each with its groups: {@code scoreDelta (dvc-progress-tree, transparency)}. */
        List<String> ignored() {
            return ignoredIn.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList();
        }

        /**
         * The unit an entry belongs to: the one with its departmentId, else its departmentCode, else, when neither
         * identifier tells them apart, its name (noted for the group); a new unit when none matches.
         */
        UnitData join(String id, String code, String name, String group, String source, String path) {
            String key = normalised(name);
            UnitData match = units.stream().filter(u -> id != null && id.equals(u.id)).findFirst()
                    .or(() -> units.stream().filter(u -> code != null && code.equals(u.code)).findFirst())
                    .orElse(null);
            if (match == null) {
                match = units.stream().filter(u -> normalised(u.name).equals(key) && (id == null || u.id == null) && (code == null || u.code == null))
                        .findFirst().orElse(null);
                if (match != null) {
                    match.byName.add(group);
                }
            }
            if (match == null) {
                match = new UnitData(name, source, path);
                units.add(match);
            }
            match.id = match.id == null ? id : match.id;
            match.code = match.code == null ? code : match.code;
            return match;
        }

        private static String normalised(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    /** What the files say of one unit, across groups. */
    private static final class UnitData {
        final String name;
        final String firstSource;
        final String firstPath;
        String id;
        String code;
        String type;
        String level;
        String kind;
        final Set<String> byName = new java.util.TreeSet<>();
        final Map<String, Map<String, Long>> counts = new TreeMap<>();
        final Map<String, BigDecimal> shares = new TreeMap<>();
        final Map<String, BigDecimal> reported = new TreeMap<>();
        final Map<String, Snapshot.Flag> flags = new TreeMap<>();

        UnitData(String name, String firstSource, String firstPath) {
            this.name = name;
            this.firstSource = firstSource;
            this.firstPath = firstPath;
        }

        ObjectNode snapshot(String id, LocalDate asOf, ObjectNode period, String section, SnapshotLayout layout) {
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
            // a share stands for its group only when the group's counts are not given too
            shares.forEach((path, value) -> layout.values().stream().filter(v -> v.path().equals(path) && !counts.containsKey(v.shareOf()))
                    .findFirst().ifPresent(v -> root.with(section).put(Paths.key(path), value)));
            if (!reported.isEmpty()) {
                ObjectNode node = root.putObject("reported");
                reported.forEach(node::put);
            }
            if (!flags.isEmpty()) {
                ObjectNode node = root.putObject("reportedQuality");
                flags.forEach((code, flag) -> {
                    ObjectNode f = node.putObject(code);
                    f.put("status", flag.status());
                    if (flag.message() != null) {
                        f.put("message", flag.message());
                    }
                });
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
