package io.github.parsipas.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One unit's data for one period, as read from a snapshot file (format {@value #FORMAT}). Every data
 * part is optional: {@code null} (or absent from a map) means the snapshot did not carry it. The parts
 * a snapshot may carry are those of its rule set's {@link SnapshotLayout}, by path.
 *
 * @param asOf           the evaluation date: every deadline is judged against it, never against the clock
 * @param basis          what the counts cover: the period, or the year to date
 * @param counts         count groups present, by path: name → count
 * @param lists          count lists present, by path
 * @param values         values present, by path
 * @param surveys        survey answers present, by path
 * @param tasks          tasks assigned to the unit, or {@code null}
 * @param legalDocuments legal documents found unlawful by a competent authority, or {@code null}
 * @param deliverables   one-off deliverables with their completion dates, or {@code null}
 * @param reports        periodic reports submitted, or {@code null}
 * @param earlier        earlier observations of the same counts, oldest first, for trends and trajectories: the
 *                       format's {@code previous}, or a unit's months before this one in a {@link io.github.parsipas.batch.Series}; may be empty
 * @param reported       points an official system published for this unit and period, by criterion code or
 *                       index group ({@code 766/onlinePayment}), to reconcile with the computed ones; may be empty
 * @param reportedQuality what the official system says of the data behind a published score (the portal's data-quality
 *                       flags), by the same codes; shown beside the score; may be empty
 * @param inputSha256    the SHA-256 of the document read, in RFC 8785 canonical JSON (a YAML document as its JSON data),
 *                       as it was before a reader set another {@code asOf}; {@code null} once counts were changed in code
 *                       ({@link #withCount}), as no document holds them
 */
public record Snapshot(Unit unit, LocalDate asOf, Period period, Basis basis,
                       Map<String, Map<String, Long>> counts,
                       Map<String, List<CountList.Entry>> lists,
                       Map<String, BigDecimal> values,
                       Map<String, Survey> surveys,
                       @Nullable List<Task> tasks,
                       @Nullable List<LegalDocument> legalDocuments,
                       @Nullable List<Deliverable> deliverables,
                       @Nullable List<ReportSubmission> reports,
                       List<Observation> earlier,
                       Map<String, BigDecimal> reported,
                       Map<String, Flag> reportedQuality,
                       @Nullable String inputSha256) {

    public static final String FORMAT = "parsipas.snapshot/1";

    public Snapshot {
        basis = basis == null ? Basis.PERIOD : basis;
        counts = sorted(counts);
        lists = sorted(lists);
        values = sorted(values);
        surveys = sorted(surveys);
        reported = sorted(reported == null ? Map.of() : reported);
        reportedQuality = sorted(reportedQuality == null ? Map.of() : reportedQuality);
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
    }

    /** A published score's data-quality flag: the system's status code and its message, if any. */
    public record Flag(String status, @Nullable String message) {
    }

    /** The latest earlier observation, or {@code null} when there is none. */
    public @Nullable Observation previous() {
        return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    }

    /**
     * The same snapshot with other earlier observations (oldest first). It keeps {@link #inputSha256}, its own
     * document's: in a batch series the earlier months are the other documents of the same input.
     */
    public Snapshot withEarlier(List<Observation> observations) {
        return new Snapshot(unit, asOf, period, basis, counts, lists, values, surveys, tasks, legalDocuments, deliverables, reports, observations, reported, reportedQuality, inputSha256);
    }

    /** Sorted by path, so nothing depends on hash order. */
    static <V> Map<String, V> sorted(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }

    /** True when the snapshot carries any input at or within {@code section} (e.g. {@code service766}). */
    public boolean has(String section) {
        for (Map<String, ?> inputs : List.of(counts, lists, values, surveys)) { // a loop: asked for every pack of every evaluation
            for (String path : inputs.keySet()) {
                if (Paths.within(path, section)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the snapshot has the top-level section a JSON path lies in ({@code $.tthc.fields} → {@code tthc}),
     * a dated list included: data missing inside a section it has is missing; a section it lacks was not sent.
     */
    public boolean declares(String jsonPath) {
        String section = topSection(jsonPath);
        return has(section) || java.util.Arrays.stream(DatedList.values()).anyMatch(l -> l.code().equals(section) && list(l) != null);
    }

    /** The top-level section of a JSON path: {@code $.tthc.fields[2]} → {@code tthc}. */
    public static String topSection(String jsonPath) {
        int start = jsonPath.startsWith("$.") ? 2 : 0;
        int end = start;
        while (end < jsonPath.length() && jsonPath.charAt(end) != '.' && jsonPath.charAt(end) != '[') {
            end++;
        }
        return jsonPath.substring(start, end);
    }

    /**
     * A copy with one count replaced, for a what-if: {@code digital.onlineDossiers.online} in a count group, or
     * {@code tthc.fields[dat-dai].resolvedOnTime} in an entry of a count list (read by {@link SnapshotLayout#ref}). Only
     * counts the snapshot has can be changed; whether the new one fits its group is the evaluator's to check.
     *
     * @throws InvalidInputException naming the path when the snapshot has no such count, or the value is negative
     */
    public Snapshot withCount(InputRef ref, long value) {
        String path = ref.countPath();
        if (value < 0 || value > InputLimits.MAX_COUNT) {
            throw new InvalidInputException("what-if", List.of(InputProblem.of(path, String.valueOf(value), "input.expected.countRange",
                    java.util.Map.of("max", io.github.parsipas.text.Template.Arg.count(InputLimits.MAX_COUNT)))));
        }
        String count = ref.count();
        if (count != null && ref.entry() != null && ref.index() == null && lists.containsKey(ref.group())) {
            List<CountList.Entry> changed = new java.util.ArrayList<>();
            boolean found = false;
            for (CountList.Entry e : lists.get(ref.group())) {
                if (e.code().equals(ref.entry()) && e.counts().containsKey(count)) {
                    Map<String, Long> counts = new java.util.TreeMap<>(e.counts());
                    counts.put(count, value);
                    changed.add(new CountList.Entry(e.code(), e.name(), counts));
                    found = true;
                } else {
                    changed.add(e);
                }
            }
            if (found) {
                Map<String, List<CountList.Entry>> newLists = new java.util.TreeMap<>(lists);
                newLists.put(ref.group(), List.copyOf(changed));
                return new Snapshot(unit, asOf, period, basis, counts, newLists, values, surveys, tasks, legalDocuments, deliverables, reports, earlier, reported, reportedQuality, null);
            }
        } else if (count != null && ref.entry() == null && ref.index() == null && counts.containsKey(ref.group())
                && counts.get(ref.group()).containsKey(count)) {
            Map<String, Map<String, Long>> newCounts = new java.util.TreeMap<>(counts);
            Map<String, Long> group = new java.util.TreeMap<>(counts.get(ref.group()));
            group.put(count, value);
            newCounts.put(ref.group(), java.util.Collections.unmodifiableMap(group));
            return new Snapshot(unit, asOf, period, basis, newCounts, lists, values, surveys, tasks, legalDocuments, deliverables, reports, earlier, reported, reportedQuality, null);
        }
        throw new InvalidInputException("what-if", List.of(InputProblem.of(path, io.github.parsipas.text.Messages.text("input.found.noSuchCount", java.util.Map.of()),
                "input.expected.countOfSnapshot", java.util.Map.of())));
    }

    /** A dated list, or {@code null} when the snapshot does not carry it. */
    public @Nullable List<?> list(DatedList list) {
        return switch (list) {
            case TASKS -> tasks;
            case LEGAL_DOCUMENTS -> legalDocuments;
            case DELIVERABLES -> deliverables;
            case REPORTS -> reports;
        };
    }

    /** A task assigned by the Government, the Prime Minister or the city, with its due date and, once done, the date done. */
    public record Task(String id, String title, String assignedBy, LocalDate due, @Nullable LocalDate done) {
        public static final List<String> ASSIGNERS = List.of("government", "prime-minister", "city");
    }

    /** A legal document a competent authority concluded to be unlawful, and when it was handled (repealed or amended). */
    public record LegalDocument(String id, String title, LocalDate concluded, @Nullable LocalDate handled) {
    }

    /** A one-off deliverable of the plan ({@code D-…} code) and when it was done, or {@code null} if not yet. */
    public record Deliverable(String code, @Nullable LocalDate done) {
    }

    /** A periodic report ({@code D-…} code) for a period ({@code 2025-10} or {@code 2026-Q1}) and when it was submitted. */
    public record ReportSubmission(String code, String period, LocalDate submitted) {
    }

    /** The same count groups observed at an earlier date. */
    public record Observation(LocalDate asOf, Map<String, Map<String, Long>> counts) {
        public Observation {
            counts = sorted(counts);
        }
    }
}
