package io.github.parsipas.snapshot;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every count section a snapshot may carry, in one place: the reader, the JSON Schema test and the
 * rate derivation all follow this table. Money is in million đồng; see docs/snapshot-format.md.
 */
public final class SnapshotLayout {

    /** The objects that hold count groups (and, for {@code tthc}, the field list). */
    public static final List<String> SECTIONS = List.of("tthc", "tthc.simplification", "digital", "finance",
            "organisation", "civilService", "direction", "impact", "service", "service766", "parSurvey");

    public static final List<CountGroup> COUNT_GROUPS = List.of(
            CountGroup.nested("tthc.complaints", "received", "resolved", "resolvedOnTime"),
            CountGroup.nested("tthc.announcements", "due", "onTime"),
            CountGroup.nested("tthc.nonBoundary", "procedures", "nonBoundary"),
            CountGroup.nested("tthc.feedback", "received", "handled", "handledOnTime"),
            CountGroup.nested("tthc.publicResults", "dossiers", "published"),
            CountGroup.nested("tthc.vneid", "dossiers", "usingVneidData"),
            CountGroup.nested("tthc.decentralisedGuidance", "procedures", "guided"),
            CountGroup.nested("tthc.simplification.businessConditions", "inScope", "abolished"),
            CountGroup.free("tthc.simplification.resolutionDays", "baseline", "current"),
            CountGroup.free("tthc.simplification.complianceCostVnd", "baseline", "current"),
            CountGroup.nested("digital.fullProcessServices", "eligibleProcedures", "offered"),
            CountGroup.nested("digital.onlineDossiers", "dossiers", "online"),
            CountGroup.nested("digital.fullProcessDossiers", "dossiers", "fullProcess"),
            CountGroup.nested("digital.onlinePayment", "feeDossiers", "paidOnline"),
            CountGroup.nested("digital.digitisedComponents", "dossiers", "digitised"),
            CountGroup.nested("digital.electronicResults", "results", "electronic"),
            CountGroup.nested("digital.reuse", "dossiers", "reusing"),
            CountGroup.nested("digital.staffOnline", "staffDossiers", "online"),
            CountGroup.nested("digital.criticalSystems", "systems", "connected"),
            CountGroup.nested("digital.oneStopEquipment", "desks", "equipped"),
            CountGroup.nested("digital.dataSharing", "datasets", "connected"),
            CountGroup.nested("digital.ndxp", "services", "inOfficialUse"),
            CountGroup.nested("finance.disbursement", "plannedMillionVnd", "disbursedMillionVnd"),
            CountGroup.nested("finance.auditRecommendations", "total", "implemented"),
            CountGroup.nested("finance.autonomy", "units", "autonomous"),
            CountGroup.free("finance.revenue", "planToDateMillionVnd", "collectedMillionVnd"),
            CountGroup.nested("organisation.functions", "regulationsRequired", "regulationsIssued"),
            CountGroup.free("organisation.publicServiceUnits", "baseline", "current", "requiredReduction"),
            CountGroup.free("civilService.positions", "required", "staffed"),
            CountGroup.free("civilService.training", "planned", "completed"),
            CountGroup.free("civilService.discipline", "disciplined", "harassmentCases", "unannouncedInspections"),
            CountGroup.nested("direction.planTargets", "total", "completed"),
            CountGroup.nested("direction.lawImplementation", "tasks", "done"),
            CountGroup.free("direction.communications", "activities"),
            CountGroup.free("direction.models", "proposed"),
            CountGroup.nested("impact.socioEconomicTargets", "total", "achieved"),
            CountGroup.free("service.conductComplaints", "complaints"),
            CountGroup.nested("service.feedbackChannels", "required", "offered"),
            // The real-time service index of Decision 766/QĐ-TTg, as the National Public Service Portal counts it.
            CountGroup.nested("service766.announcedOnTime", "procedures", "onTime"),
            CountGroup.nested("service766.publishedOnTime", "procedures", "onTime"),
            CountGroup.nested("service766.fullContent", "procedures", "complete"),
            CountGroup.nested("service766.synchronised", "dossiers", "synchronised"),
            CountGroup.nested("service766.resolution", "resolved", "onTimeOrEarly"),
            CountGroup.nested("service766.onlineService", "eligibleDossiers", "fullProcessOnline"),
            CountGroup.nested("service766.paymentOffered", "feeProcedures", "offeredOnline"),
            CountGroup.nested("service766.paymentUsed", "feeProcedures", "withOnlineTransactions"),
            CountGroup.nested("service766.paidOnline", "feeDossiers", "paidOnline"),
            CountGroup.nested("service766.electronicResults", "results", "electronic"),
            CountGroup.nested("service766.digitisedComponents", "dossiers", "digitised"),
            CountGroup.nested("service766.certifiedCopies", "requests", "electronic"),
            CountGroup.nested("service766.reuse", "dossiers", "reusing"),
            CountGroup.nested("service766.sharedForReuse", "dossiers", "shared"),
            CountGroup.nested("service766.populationData", "dossiers", "usingPopulationData"),
            CountGroup.nested("service766.populationConnected", "procedures", "connected"),
            CountGroup.nested("service766.feedbackOnTime", "feedback", "onTimeOrEarly"),
            CountGroup.nested("service766.feedbackSatisfaction", "feedback", "dissatisfiedOrComplained"),
            CountGroup.free("service766.tthcSatisfaction", "dossiers", "overdue", "complained"));

    /** Percentages reported as such because the source has no counts: path → allowed range 0–100. */
    public static final List<String> PERCENTS = List.of("impact.projected.parPercent", "impact.projected.sipasPercent",
            "parSurvey.leadersPercent");

    private static final Map<String, CountGroup> BY_PATH = COUNT_GROUPS.stream()
            .collect(Collectors.toMap(CountGroup::path, Function.identity()));

    private SnapshotLayout() {
    }

    public static CountGroup group(String path) {
        CountGroup group = BY_PATH.get(path);
        if (group == null) {
            throw new IllegalArgumentException("no count group " + path);
        }
        return group;
    }
}
