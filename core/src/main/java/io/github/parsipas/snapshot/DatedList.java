package io.github.parsipas.snapshot;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The lists of dated items a snapshot may carry; each entry is judged against its due date. */
public enum DatedList {
    /** Tasks assigned to the unit, with due and done dates ({@link Snapshot.Task}). */
    TASKS("tasks", null),
    /** Legal documents found unlawful, due {@code handlingDays} after the conclusion ({@link Snapshot.LegalDocument}). */
    LEGAL_DOCUMENTS("legalDocuments", "handlingDays"),
    /** One-off deliverables of a plan, due on the item's deadline ({@link Snapshot.Deliverable}). */
    DELIVERABLES("deliverables", null),
    /** Periodic reports, due {@code dueDays} after their period ends ({@link Snapshot.ReportSubmission}). */
    REPORTS("reports", "dueDays");

    /** The parameter of how many days before its due date something is flagged as approaching. */
    public static final String APPROACHING_WINDOW = "approachingWindowDays";

    private final String code;
    private final @Nullable String dueParameter;

    DatedList(String code, @Nullable String dueParameter) {
        this.code = code;
        this.dueParameter = dueParameter;
    }

    /** The item parameter that sets the due date, in days after the entry's own date, or {@code null}. */
    public @Nullable String dueParameter() {
        return dueParameter;
    }

    /** The field name in snapshots, and the input name in packs. */
    public String code() {
        return code;
    }

    public static Optional<DatedList> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
