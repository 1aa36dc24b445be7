package io.github.parsipas.snapshot;

import java.util.List;

/**
 * Administrative procedures (TTHC, PAR area 3). Every part is optional: an absent part makes the
 * criteria that need it "cannot evaluate", never a pass or a fail.
 */
public record Tthc(
        List<FieldCounts> fields,
        DossierCounts complaints,
        Announcements announcements,
        NonBoundary nonBoundary,
        Feedback feedback,
        Simplification simplification) {

    /** Dossiers of one field (lĩnh vực) in the period; invariant resolvedOnTime ≤ resolved ≤ received. */
    public record FieldCounts(String code, String name, DossierCounts dossiers) {
    }

    /** Dossiers to handle in the period (new and carried over), resolved, and resolved on time or early. */
    public record DossierCounts(long received, long resolved, long resolvedOnTime) {
    }

    /** Decisions announcing TTHC that fell due in the period, and those issued on time. */
    public record Announcements(long due, long onTime) {
    }

    /** Procedures of the unit, and those accepted regardless of administrative boundary. */
    public record NonBoundary(long procedures, long nonBoundary) {
    }

    /** Feedback and petitions (PAKN) on TTHC: received, handled, handled on time. */
    public record Feedback(long received, long handled, long handledOnTime) {
    }

    /** Cuts against the 2024 baseline (NQ 66/NQ-CP). Each part is optional. */
    public record Simplification(Conditions businessConditions, Reduction resolutionDays, Reduction complianceCostVnd) {
    }

    /** Unnecessary business-investment conditions in scope and those abolished. */
    public record Conditions(long inScope, long abolished) {
    }

    /** A quantity summed over the unit's procedures: at the baseline and now. */
    public record Reduction(long baseline, long current) {
    }
}
