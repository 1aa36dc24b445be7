package io.github.parsipas.internal;

import io.github.parsipas.facts.Rate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each count group becomes a share: which count is the part and which the whole. The measure
 * code of a rate is its group's path. Groups not listed here give no rate (rules judge their counts).
 */
final class Measures {

    /** A share of a group: {@code part / whole}, or for a reduction {@code (whole − part) / whole}. */
    record Share(String group, String part, String whole, boolean reduction) {
    }

    private static final List<Share> SHARES = List.of(
            share("tthc.complaints", "resolvedOnTime", "resolved"),
            share("tthc.announcements", "onTime", "due"),
            share("tthc.nonBoundary", "nonBoundary", "procedures"),
            share("tthc.feedback", "handledOnTime", "received"),
            share("tthc.publicResults", "published", "dossiers"),
            share("tthc.vneid", "usingVneidData", "dossiers"),
            share("tthc.decentralisedGuidance", "guided", "procedures"),
            share("tthc.simplification.businessConditions", "abolished", "inScope"),
            reduction("tthc.simplification.resolutionDays", "current", "baseline"),
            reduction("tthc.simplification.complianceCostVnd", "current", "baseline"),
            share("digital.fullProcessServices", "offered", "eligibleProcedures"),
            share("digital.onlineDossiers", "online", "dossiers"),
            share("digital.fullProcessDossiers", "fullProcess", "dossiers"),
            share("digital.onlinePayment", "paidOnline", "feeDossiers"),
            share("digital.digitisedComponents", "digitised", "dossiers"),
            share("digital.electronicResults", "electronic", "results"),
            share("digital.reuse", "reusing", "dossiers"),
            share("digital.staffOnline", "online", "staffDossiers"),
            share("digital.criticalSystems", "connected", "systems"),
            share("digital.oneStopEquipment", "equipped", "desks"),
            share("digital.dataSharing", "connected", "datasets"),
            share("digital.ndxp", "inOfficialUse", "services"),
            share("finance.disbursement", "disbursedMillionVnd", "plannedMillionVnd"),
            share("finance.auditRecommendations", "implemented", "total"),
            share("finance.autonomy", "autonomous", "units"),
            share("finance.revenue", "collectedMillionVnd", "planToDateMillionVnd"),
            share("organisation.functions", "regulationsIssued", "regulationsRequired"),
            share("civilService.positions", "staffed", "required"),
            share("civilService.training", "completed", "planned"),
            share("direction.planTargets", "completed", "total"),
            share("direction.lawImplementation", "done", "tasks"),
            share("impact.socioEconomicTargets", "achieved", "total"),
            share("service.feedbackChannels", "offered", "required"));

    private static final Map<String, Share> BY_GROUP = SHARES.stream().collect(Collectors.toMap(Share::group, Function.identity()));

    private Measures() {
    }

    /** The rate of a group's counts, or empty when the group has no share or its whole is 0. */
    static Optional<Rate> rate(String group, Map<String, Long> counts) {
        if (group.equals("organisation.publicServiceUnits")) {
            // Reduction achieved against the reduction required (Decision 3258/QĐ-UBND).
            return rate(group, counts.get("baseline") - counts.get("current"), counts.get("requiredReduction"));
        }
        Share share = BY_GROUP.get(group);
        if (share == null) {
            return Optional.empty();
        }
        long whole = counts.get(share.whole());
        long part = share.reduction() ? whole - counts.get(share.part()) : counts.get(share.part());
        return rate(group, part, whole);
    }

    static boolean hasRate(String group) {
        return BY_GROUP.containsKey(group) || group.equals("organisation.publicServiceUnits");
    }

    private static Optional<Rate> rate(String group, long part, long whole) {
        return whole > 0 ? Optional.of(new Rate(group, "all", group, part, whole, "$." + group)) : Optional.empty();
    }

    private static Share share(String group, String part, String whole) {
        return new Share(group, part, whole, false);
    }

    private static Share reduction(String group, String current, String baseline) {
        return new Share(group, current, baseline, true);
    }
}
