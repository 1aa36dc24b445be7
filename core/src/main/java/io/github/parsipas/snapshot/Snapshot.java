package io.github.parsipas.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
 * @param previous       an earlier observation of the same counts, for trajectories, or {@code null}
 * @param reported       points an official system published for this unit and period, by criterion code or
 *                       index group ({@code 766/onlinePayment}), to reconcile with the computed ones; may be empty
 */
public record Snapshot(Unit unit, LocalDate asOf, Period period, Basis basis,
                       Map<String, Map<String, Long>> counts,
                       Map<String, List<CountList.Entry>> lists,
                       Map<String, BigDecimal> values,
                       Map<String, Survey> surveys,
                       List<Task> tasks,
                       List<LegalDocument> legalDocuments,
                       List<Deliverable> deliverables,
                       List<ReportSubmission> reports,
                       Observation previous,
                       Map<String, BigDecimal> reported) {

    public static final String FORMAT = "parsipas.snapshot/1";

    public Snapshot {
        basis = basis == null ? Basis.PERIOD : basis;
        counts = sorted(counts);
        lists = sorted(lists);
        values = sorted(values);
        surveys = sorted(surveys);
        reported = sorted(reported == null ? Map.of() : reported);
    }

    /** Sorted by path, so nothing depends on hash order. */
    static <V> Map<String, V> sorted(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }

    /** True when the snapshot carries any input at or within {@code section} (e.g. {@code service766}). */
    public boolean has(String section) {
        return java.util.stream.Stream.of(counts.keySet(), lists.keySet(), values.keySet(), surveys.keySet())
                .flatMap(java.util.Set::stream).anyMatch(path -> Paths.within(path, section));
    }

    /** A dated list, or {@code null} when the snapshot does not carry it. */
    public List<?> list(DatedList list) {
        return switch (list) {
            case TASKS -> tasks;
            case LEGAL_DOCUMENTS -> legalDocuments;
            case DELIVERABLES -> deliverables;
            case REPORTS -> reports;
        };
    }

    /** A task assigned by the Government, the Prime Minister or the city, with its due date and, once done, the date done. */
    public record Task(String id, String title, String assignedBy, LocalDate due, LocalDate done) {
        public static final List<String> ASSIGNERS = List.of("government", "prime-minister", "city");
    }

    /** A legal document a competent authority concluded to be unlawful, and when it was handled (repealed or amended). */
    public record LegalDocument(String id, String title, LocalDate concluded, LocalDate handled) {
    }

    /** A one-off deliverable of the plan ({@code D-…} code) and when it was done, or {@code null} if not yet. */
    public record Deliverable(String code, LocalDate done) {
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
