package io.github.parsipas.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One unit's data for one period, as read from a snapshot file (format {@value #FORMAT}). Every data
 * part is optional: {@code null} (or absent from a map) means the snapshot did not carry it.
 *
 * @param asOf           the evaluation date: every deadline is judged against it, never against the clock
 * @param fields         dossiers per field ({@code tthc.fields}), or {@code null}
 * @param counts         count groups present, by path (see {@link SnapshotLayout#COUNT_GROUPS}): name → count
 * @param percents       percentages present, by path (see {@link SnapshotLayout#PERCENTS})
 * @param tasks          tasks assigned to the unit, or {@code null}
 * @param legalDocuments legal documents found unlawful by a competent authority, or {@code null}
 * @param deliverables   one-off deliverables with their completion dates, or {@code null}
 * @param reports        periodic reports submitted, or {@code null}
 * @param previous       an earlier observation of the same counts, for trajectories, or {@code null}
 * @param sipas          SIPAS survey answers, or {@code null}
 */
public record Snapshot(Unit unit, LocalDate asOf, Period period,
                       List<FieldCounts> fields,
                       Map<String, Map<String, Long>> counts,
                       Map<String, BigDecimal> percents,
                       List<Task> tasks,
                       List<LegalDocument> legalDocuments,
                       List<Deliverable> deliverables,
                       List<ReportSubmission> reports,
                       Observation previous,
                       Survey sipas) {

    public static final String FORMAT = "parsipas.snapshot/1";

    /** Dossiers of one field (lĩnh vực) in the period; invariant resolvedOnTime ≤ resolved ≤ received. */
    public record FieldCounts(String code, String name, long received, long resolved, long resolvedOnTime) {
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
    }
}
