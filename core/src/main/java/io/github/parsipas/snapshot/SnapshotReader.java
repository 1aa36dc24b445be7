package io.github.parsipas.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads snapshot files strictly: a wrong type, a negative count, an impossible count (on time &gt;
 * resolved), an unknown field or a bad date is rejected with its JSON path, the value found and what
 * was expected. Absent optional sections are kept absent, never filled with defaults.
 */
public final class SnapshotReader {

    /** A criterion code or {@code <index>/<group>}: letters, digits, hyphens, one slash, at most 64 characters. */
    private static final java.util.regex.Pattern REPORTED_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,40}(/[A-Za-z0-9-]{1,20})?");
    private static final BigDecimal MAX_REPORTED = BigDecimal.valueOf(100);

    private final SnapshotLayout layout;
    private final LocalDate asOf;

    /** A reader for snapshots of a rule set with this layout. */
    public SnapshotReader(SnapshotLayout layout) {
        this(layout, null);
    }

    private SnapshotReader(SnapshotLayout layout, LocalDate asOf) {
        this.layout = layout;
        this.asOf = asOf;
    }

    /** The layout of the rule set the reader reads snapshots of. */
    public SnapshotLayout layout() {
        return layout;
    }

    /** A reader that evaluates every snapshot on {@code asOf} instead of its own date: one snapshot, several dates. */
    public SnapshotReader withAsOf(LocalDate asOf) {
        return new SnapshotReader(layout, asOf);
    }

    /** Reads a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public Snapshot read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = Parser.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), bytes, name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    public Snapshot fromJson(String source, byte[] json) {
        return parse(source, json, false);
    }

    public Snapshot fromYaml(String source, byte[] yaml) {
        return parse(source, yaml, true);
    }

    private Snapshot parse(String source, byte[] bytes, boolean yaml) {
        JsonNode tree = Parser.tree(source, bytes, yaml);
        String hash = null;
        if (asOf != null && tree instanceof ObjectNode object) {
            hash = Canonical.sha256(tree); // the document's own, before its date is replaced: the receipt carries the date used
            object.put("asOf", asOf.toString());
        }
        Problems problems = new Problems();
        Snapshot snapshot = new Binder(layout, problems).snapshot(tree, hash);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems, problems.total());
        }
        return snapshot;
    }

    /** A sum that stays exact; −1 once it would wrap, and ever after. */
    private static long addExact(long a, long b) {
        return a < 0 || b < 0 || a > Long.MAX_VALUE - b ? -1 : a + b;
    }

    /** Binds one tree to the model; every method may return {@code null} after recording problems. */
    private static final class Binder {

        private final SnapshotLayout layout;
        private final List<InputProblem> problems;
        /** The evaluation date, once read: what the snapshot reports happened on or before it. */
        private LocalDate asOf;
        /** The keys already seen in the dated list being read, to refuse an entry listed twice. */
        private final Set<String> seen = new HashSet<>();

        Binder(SnapshotLayout layout, List<InputProblem> problems) {
            this.layout = layout;
            this.problems = problems;
        }

        /** What the inputs of one observation hold: everything for the snapshot, counts only for a previous one. */
        private static final class Inputs {
            final Map<String, Map<String, Long>> counts = new TreeMap<>();
            final Map<String, List<CountList.Entry>> lists = new TreeMap<>();
            final Map<String, BigDecimal> values = new TreeMap<>();
            final Map<String, Survey> surveys = new TreeMap<>();
            final boolean full;

            Inputs(boolean full) {
                this.full = full;
            }
        }

        /** The snapshot, with {@code hash} or, once the document proved valid, the hash of {@code tree}. */
        Snapshot snapshot(JsonNode tree, String hash) {
            JsonObjectReader root = JsonObjectReader.of(tree, "$", problems);
            if (root == null) {
                return null;
            }
            String format = root.text("format");
            if (format != null && !format.equals(Snapshot.FORMAT)) {
                root.problem("format", tree.get("format"), "input.expected.format", Map.of("value", Arg.verbatim("\"" + Snapshot.FORMAT + "\"")));
            }
            Unit unit = unit(root.object("unit", true));
            LocalDate asOf = root.date("asOf");
            this.asOf = asOf;
            Period period = period(root.object("period", true));
            Basis basis = basis(root);
            Inputs inputs = new Inputs(true);
            inputs(root, "", inputs);
            List<Snapshot.Task> tasks = list(root, DatedList.TASKS, this::task);
            List<Snapshot.LegalDocument> documents = list(root, DatedList.LEGAL_DOCUMENTS, this::legalDocument);
            List<Snapshot.Deliverable> deliverables = list(root, DatedList.DELIVERABLES, this::deliverable);
            List<Snapshot.ReportSubmission> reports = list(root, DatedList.REPORTS, this::report);
            Snapshot.Observation previous = previous(root.object("previous", false), asOf);
            Map<String, BigDecimal> reported = reported(root.object("reported", false));
            Map<String, Snapshot.Flag> quality = reportedQuality(root.object("reportedQuality", false));
            root.rejectUnknownFields();
            if (asOf != null && period != null && asOf.isBefore(period.start())) {
                problems.add(InputProblem.of("$.asOf", "\"" + asOf + "\"", "input.expected.periodStart",
                        Map.of("period", Arg.verbatim(period.label()), "start", Arg.verbatim(period.start().toString()))));
            }
            return new Snapshot(unit, asOf, period, basis, inputs.counts, inputs.lists, inputs.values, inputs.surveys,
                    tasks, documents, deliverables, reports, previous == null ? List.of() : List.of(previous), reported, quality,
                    hash != null || !problems.isEmpty() ? hash : Canonical.sha256(tree));
        }

        /** Published points by criterion or index-group code; which codes exist is the methodology's to check. */
        private Map<String, BigDecimal> reported(JsonObjectReader r) {
            Map<String, BigDecimal> reported = new TreeMap<>();
            if (r == null) {
                return reported;
            }
            if (r.names().size() > InputLimits.MAX_ENTRIES) {
                problems.add(InputProblem.of(r.path(), Messages.text("input.found.fields", Map.of("count", Arg.count(r.names().size()))),
                        "input.expected.atMostFields", Map.of("max", Arg.count(InputLimits.MAX_ENTRIES))));
                return reported;
            }
            for (String code : r.names()) {
                if (!REPORTED_CODE.matcher(code).matches()) {
                    problems.add(InputProblem.of(r.child(code), Messages.text("input.found.field", Map.of()), "input.expected.reportedField", Map.of()));
                    continue;
                }
                BigDecimal points = r.decimal(code, BigDecimal.ZERO, MAX_REPORTED);
                if (points != null) {
                    reported.put(code, points);
                }
            }
            return reported;
        }

        /** The data-quality flags of published scores, by the same codes: a status code and an optional message. */
        private Map<String, Snapshot.Flag> reportedQuality(JsonObjectReader r) {
            Map<String, Snapshot.Flag> flags = new TreeMap<>();
            if (r == null) {
                return flags;
            }
            for (String code : r.names()) {
                JsonObjectReader flag = r.object(code, true);
                if (!REPORTED_CODE.matcher(code).matches()) {
                    problems.add(InputProblem.of(r.child(code), Messages.text("input.found.unknownField", Map.of()), "input.expected.qualityCode", Map.of()));
                } else if (flag != null) {
                    String status = flag.text("status");
                    String message = flag.has("message") ? flag.text("message") : null;
                    flag.rejectUnknownFields();
                    if (status != null) {
                        flags.put(code, new Snapshot.Flag(status, message));
                    }
                }
            }
            return flags;
        }

        /**
         * Reads the inputs the layout puts directly in the object at {@code path}, then each section within
         * it. A previous observation ({@code !full}) holds count groups only.
         */
        private void inputs(JsonObjectReader r, String path, Inputs into) {
            for (CountGroup group : layout.countGroups()) {
                if (group.parent().equals(path)) {
                    JsonObjectReader object = r.object(group.key(), false);
                    Map<String, Long> values = counts(object, group.counts(), group.nested());
                    if (values != null) {
                        group.atMost().forEach((count, limit) -> {
                            if (values.get(count) > values.get(limit)) {
                                problems.add(InputProblem.of(object.child(count), String.valueOf(values.get(count)), "input.expected.atMostCount",
                                        Map.of("other", Arg.verbatim(limit), "value", Arg.verbatim(String.valueOf(values.get(limit))),
                                                "path", Arg.verbatim(object.child(limit)))));
                            }
                        });
                        into.counts.put(group.path(), values);
                    }
                }
            }
            if (into.full) {
                for (CountList list : layout.countLists()) {
                    if (Paths.parent(list.path()).equals(path)) {
                        List<CountList.Entry> entries = countList(r.objects(Paths.key(list.path()), false), list);
                        if (entries != null) {
                            into.lists.put(list.path(), entries);
                        }
                    }
                }
                for (ValueInput value : layout.values()) {
                    if (Paths.parent(value.path()).equals(path) && r.has(Paths.key(value.path()))) {
                        BigDecimal number = r.decimal(Paths.key(value.path()), value.min(), value.max());
                        if (number != null) {
                            into.values.put(value.path(), number);
                        }
                    }
                }
                for (SurveyInput survey : layout.surveys()) {
                    if (Paths.parent(survey.path()).equals(path)) {
                        Survey answers = survey(r.object(Paths.key(survey.path()), false), survey);
                        if (answers != null) {
                            into.surveys.put(survey.path(), answers);
                        }
                    }
                }
            }
            for (String section : layout.sectionsIn(path)) {
                if (!into.full && layout.countGroups().stream().noneMatch(g -> Paths.within(g.path(), section))) {
                    continue; // a previous observation holds count groups only
                }
                JsonObjectReader child = r.object(Paths.key(section), false);
                if (child != null) {
                    inputs(child, section, into);
                    child.rejectUnknownFields();
                }
            }
        }

        /** Counts, each at most the one before when nested; {@code null} if absent or bad (problems recorded). */
        private Map<String, Long> counts(JsonObjectReader r, List<String> names, boolean nested) {
            if (r == null) {
                return null;
            }
            long[] values = nested ? nested(r, names.toArray(String[]::new)) : free(r, names);
            r.rejectUnknownFields();
            if (values == null) {
                return null;
            }
            Map<String, Long> named = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                named.put(names.get(i), values[i]);
            }
            return named;
        }

        /** The entries of a count list: a code not used by another entry, a name, the counts. */
        private List<CountList.Entry> countList(List<JsonObjectReader> items, CountList list) {
            if (items == null) {
                return null;
            }
            List<CountList.Entry> entries = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            Map<String, Long> sums = new TreeMap<>();
            for (JsonObjectReader item : items) {
                if (item == null) {
                    continue;
                }
                String code = item.text("code");
                String name = item.text("name");
                if (code != null && !codes.add(code)) {
                    problems.add(InputProblem.of(item.child("code"), "\"" + code + "\"", "input.expected.uniqueCode", Map.of()));
                }
                Map<String, Long> counts = counts(item, list.counts(), list.nested());
                if (counts != null) {
                    entries.add(new CountList.Entry(code, name, counts));
                    counts.forEach((count, value) -> sums.merge(count, value, SnapshotReader::addExact));
                }
            }
            sums.forEach((count, sum) -> {
                if (sum < 0) {
                    problems.add(InputProblem.of("$." + list.path(), Messages.text("input.found.sumOverflow", Map.of("count", Arg.verbatim(count))),
                            "input.expected.sumAtMost", Map.of("count", Arg.verbatim(count), "max", Arg.count(Long.MAX_VALUE))));
                }
            });
            return List.copyOf(entries);
        }

        private Snapshot.Observation previous(JsonObjectReader r, LocalDate asOf) {
            if (r == null) {
                return null;
            }
            LocalDate earlier = r.date("asOf");
            if (earlier != null && asOf != null && !earlier.isBefore(asOf)) {
                problems.add(InputProblem.of(r.child("asOf"), "\"" + earlier + "\"", "input.expected.beforeAsOf", Map.of("asOf", Arg.verbatim(asOf.toString()))));
            }
            Inputs counts = new Inputs(false);
            inputs(r, "", counts);
            r.rejectUnknownFields();
            return earlier == null ? null : new Snapshot.Observation(earlier, counts.counts);
        }

        /** Survey answers: part B's elements and part A's policy groups, each question with its answer counts. */
        private Survey survey(JsonObjectReader r, SurveyInput declared) {
            if (r == null) {
                return null;
            }
            Map<String, List<Survey.Question>> elements = new LinkedHashMap<>();
            JsonObjectReader service = r.object("service", false);
            if (service != null) {
                for (String element : declared.elements()) {
                    List<Survey.Question> questions = questions(service.objects(element, false));
                    if (questions != null) {
                        elements.put(element, questions);
                    }
                }
                service.rejectUnknownFields();
            }
            List<Survey.PolicyGroup> policy = null;
            List<JsonObjectReader> groups = r.objects("policy", false);
            if (groups != null) {
                policy = new ArrayList<>();
                for (JsonObjectReader g : groups) {
                    if (g == null) {
                        continue;
                    }
                    String code = g.text("code");
                    String name = g.text("name");
                    List<Survey.Question> questions = questions(g.objects("questions", false));
                    if (questions == null && !g.has("questions")) {
                        problems.add(InputProblem.of(g.child("questions"), Messages.text("input.found.nothing", Map.of()), "input.expected.questions", Map.of()));
                    }
                    g.rejectUnknownFields();
                    if (code != null && name != null && questions != null) {
                        policy.add(new Survey.PolicyGroup(code, name, questions, g.path()));
                    }
                }
            }
            r.rejectUnknownFields();
            return new Survey(elements, policy);
        }

        private List<Survey.Question> questions(List<JsonObjectReader> items) {
            if (items == null) {
                return null;
            }
            List<Survey.Question> questions = new ArrayList<>();
            for (JsonObjectReader q : items) {
                if (q == null) {
                    continue;
                }
                String code = q.text("code");
                String name = q.text("name");
                List<Long> answers = q.countList("answers");
                q.rejectUnknownFields();
                if (code != null && name != null && answers != null) {
                    questions.add(new Survey.Question(code, name, answers, q.path()));
                }
            }
            return questions;
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
                    problems.add(InputProblem.of(r.child("kind"), "\"" + kindCode + "\"", "input.expected.unitKind", Map.of()));
                }
            }
            List<String> leadRoles = r.texts("leadRoles");
            r.rejectUnknownFields();
            return leadRoles == null ? null : new Unit(id, name, kind, leadRoles);
        }

        /** What the counts cover; {@code period} when the snapshot does not say. */
        private Basis basis(JsonObjectReader root) {
            if (!root.has("basis")) {
                return Basis.PERIOD;
            }
            String code = root.text("basis");
            Optional<Basis> basis = code == null ? Optional.empty() : Basis.fromCode(code);
            if (code != null && basis.isEmpty()) {
                problems.add(InputProblem.of("$.basis", "\"" + code + "\"", "input.expected.basis", Map.of()));
            }
            return basis.orElse(Basis.PERIOD);
        }

        Period period(JsonObjectReader r) {
            if (r == null) {
                return null;
            }
            Integer year = r.integer("year", 2000, 2100);
            Integer month = r.has("month") ? r.integer("month", 1, 12) : null;
            Integer quarter = r.has("quarter") ? r.integer("quarter", 1, 4) : null;
            Integer week = r.has("week") ? r.integer("week", 1, 53) : null;
            if (year != null && week != null && week > Period.weeksIn(year)) {
                problems.add(InputProblem.of(r.child("week"), String.valueOf(week), "input.expected.week",
                        Map.of("year", Arg.verbatim(String.valueOf(year)), "max", Arg.verbatim(String.valueOf(Period.weeksIn(year))))));
                week = null;
            }
            long given = java.util.stream.Stream.of("month", "quarter", "week").filter(r::has).count();
            if (given != 1) {
                problems.add(InputProblem.of(r.path(), Messages.text(given == 0 ? "input.found.noPeriod" : "input.found.periods", Map.of()),
                        "input.expected.onePeriod", Map.of()));
            }
            r.rejectUnknownFields();
            boolean valid = year != null && given == 1 && (month != null || quarter != null || week != null);
            return valid ? new Period(year, month, quarter, week) : null;
        }

        private <T> List<T> list(JsonObjectReader root, DatedList list, Function<JsonObjectReader, T> item) {
            seen.clear();
            List<JsonObjectReader> items = root.objects(list.code(), true);
            if (items == null) {
                return null;
            }
            List<T> entries = new ArrayList<>();
            for (JsonObjectReader r : items) {
                if (r != null) {
                    T value = item.apply(r);
                    r.rejectUnknownFields();
                    if (value != null) {
                        entries.add(value);
                    }
                }
            }
            return List.copyOf(entries);
        }

        private Snapshot.Task task(JsonObjectReader r) {
            String id = r.text("id");
            String title = r.text("title");
            String assignedBy = r.text("assignedBy");
            if (assignedBy != null && !Snapshot.Task.ASSIGNERS.contains(assignedBy)) {
                problems.add(InputProblem.of(r.child("assignedBy"), "\"" + assignedBy + "\"", "input.expected.oneOf",
                        Map.of("values", Arg.verbatim(String.join(", ", Snapshot.Task.ASSIGNERS)))));
                assignedBy = null;
            }
            LocalDate due = r.date("due");
            LocalDate done = happened(r, "done", r.optionalDate("done"));
            once(r, "id", id);
            return allPresent(id, title, assignedBy, due) ? new Snapshot.Task(id, title, assignedBy, due, done) : null;
        }

        private Snapshot.LegalDocument legalDocument(JsonObjectReader r) {
            String id = r.text("id");
            String title = r.text("title");
            LocalDate concluded = happened(r, "concluded", r.date("concluded"));
            LocalDate handled = happened(r, "handled", r.optionalDate("handled"));
            once(r, "id", id);
            if (concluded != null && handled != null && handled.isBefore(concluded)) {
                problems.add(InputProblem.of(r.child("handled"), "\"" + handled + "\"", "input.expected.afterConcluded",
                        Map.of("concluded", Arg.verbatim(concluded.toString()))));
            }
            return allPresent(id, title, concluded) ? new Snapshot.LegalDocument(id, title, concluded, handled) : null;
        }

        private Snapshot.Deliverable deliverable(JsonObjectReader r) {
            String code = r.text("code");
            LocalDate done = happened(r, "done", r.optionalDate("done"));
            once(r, "code", code);
            return code == null ? null : new Snapshot.Deliverable(code, done);
        }

        private Snapshot.ReportSubmission report(JsonObjectReader r) {
            String code = r.text("code");
            String period = r.text("period");
            if (period != null && !period.matches("\\d{4}-(0[1-9]|1[0-2]|Q[1-4])")) {
                problems.add(InputProblem.of(r.child("period"), "\"" + period + "\"", "input.expected.reportPeriod", Map.of()));
                period = null;
            }
            LocalDate submitted = happened(r, "submitted", r.date("submitted"));
            if (code != null && period != null) {
                once(r, "period", code + " " + period);
            }
            return allPresent(code, period, submitted) ? new Snapshot.ReportSubmission(code, period, submitted) : null;
        }

        /** A date of something done: on or before the snapshot's {@code asOf}, which cannot report what happened after it. */
        private LocalDate happened(JsonObjectReader r, String name, LocalDate date) {
            if (date != null && asOf != null && date.isAfter(asOf)) {
                problems.add(InputProblem.of(r.child(name), "\"" + date + "\"", "input.expected.onOrBeforeAsOf", Map.of("asOf", Arg.verbatim(asOf.toString()))));
            }
            return date;
        }

        /** An entry of a dated list listed once: its key not seen before in the list. */
        private void once(JsonObjectReader r, String name, String key) {
            if (key != null && !seen.add(key)) {
                problems.add(InputProblem.of(r.child(name), "\"" + key + "\"", "input.expected.listedOnce", Map.of()));
            }
        }

        /** Counts with no order between them. */
        private long[] free(JsonObjectReader r, List<String> names) {
            Long[] values = new Long[names.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.count(names.get(i));
            }
            return allPresent((Object[]) values) ? java.util.Arrays.stream(values).mapToLong(Long::longValue).toArray() : null;
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
                    problems.add(InputProblem.of(r.child(names[i]), String.valueOf(values[i]), "input.expected.atMostCount",
                            Map.of("other", Arg.verbatim(names[i - 1]), "value", Arg.verbatim(String.valueOf(values[i - 1])),
                                    "path", Arg.verbatim(r.child(names[i - 1])))));
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
