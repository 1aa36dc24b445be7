package io.github.parsipas.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one table between the portal's 766 evaluation responses and a snapshot: its groups (one response each),
 * its unit types, each indicator code of a listing group with the count group it fills and the criterion its
 * score is reported for, and each count of a tree group. The docs' table (docs/portal-766.md) is generated from it.
 */
public final class Portal766Codes {

    /** A group as the portal answers it: its name (the file's), ours, and whether it answers as a tree. */
    public enum Group {
        TRANSPARENCY("transparency", "transparency", false),
        TIMELINESS("dvc-progress-tree", "timeliness", true),
        ONLINE_SERVICE("provide-online-tree", "onlineService", true),
        ONLINE_PAYMENT("formality-online-payment-tree", "onlinePayment", true),
        DIGITISATION("dossier-digitized", "digitisation", false),
        SATISFACTION("handling-satisfaction", "satisfaction", false);

        private final String code;
        private final String ours;
        private final boolean tree;

        Group(String code, String ours, boolean tree) {
            this.code = code;
            this.ours = ours;
            this.tree = tree;
        }

        public String code() {
            return code;
        }

        /** Our group of the 766 index. */
        public String ours() {
            return ours;
        }

        /** True for {@code {data: {parent, children[]}}}, false for {@code {code, data: {overview, evaluation[]}}}. */
        public boolean tree() {
            return tree;
        }

        static List<String> names() {
            return Arrays.stream(values()).map(Group::code).toList();
        }
    }

    /**
     * An indicator of a listing group. Its denominator fills {@code whole} of {@code input}; its numerator fills
     * {@code part}, or, when {@code complement}, {@code part} is the denominator less the numerator (the portal
     * counts the satisfied, we count the others); {@code zeros} are counts the portal does not split out.
     */
    public record Metric(String code, Group group, String input, String whole, String part, boolean complement, List<String> zeros,
                         String criterion) {
    }

    /** A count of a tree group: the portal's field and the snapshot count it fills. */
    public record TreeCount(Group group, String field, String input, String count) {
    }

    public static final List<Metric> METRICS = List.of(
            metric("PUBLISH_ON_TIME", Group.TRANSPARENCY, "announcedOnTime", "procedures", "onTime", "766-T-ANNOUNCE"),
            metric("PUBLIC_UPDATE_ON_TIME", Group.TRANSPARENCY, "publishedOnTime", "procedures", "onTime", "766-T-PUBLISH"),
            metric("PUBLIC_CONTENT_FULL", Group.TRANSPARENCY, "fullContent", "procedures", "complete", "766-T-CONTENT"),
            metric("DOSSIER_SYNC", Group.TRANSPARENCY, "synchronised", "dossiers", "synchronised", "766-T-SYNC"),
            metric("ORIGINAL_RESULT_AVAILABLE", Group.DIGITISATION, "electronicResults", "results", "electronic", "766-D-RESULT"),
            metric("SO_HOA_GIAY_TO_GIAI_QUYET", Group.DIGITISATION, "digitisedComponents", "dossiers", "digitised", "766-D-COMPONENT"),
            metric("ELECTRONIC_CERTIFIED_COPY", Group.DIGITISATION, "certifiedCopies", "requests", "electronic", "766-D-COPY"),
            metric("REUSED_DIGITIZED_DATA", Group.DIGITISATION, "reuse", "dossiers", "reusing", "766-D-REUSE"),
            metric("SYNCED_WITH_DVCQG_PERSONAL_STORAGE", Group.DIGITISATION, "sharedForReuse", "dossiers", "shared", "766-D-SHARE"),
            metric("CITIZEN_DATA_CONNECTED_DOSSIER", Group.DIGITISATION, "populationData", "dossiers", "usingPopulationData", "766-D-POPDATA"),
            metric("CITIZEN_DATA_CONNECTED_FORMALITY", Group.DIGITISATION, "populationConnected", "procedures", "connected", "766-D-POPLINK"),
            metric("PETITION_PROCESSING_ON_TIME", Group.SATISFACTION, "feedbackOnTime", "feedback", "onTimeOrEarly", "766-S-PAKN-ONTIME"),
            new Metric("PETITION_HANDLING_SATISFACTION", Group.SATISFACTION, "service766.feedbackSatisfaction", "feedback",
                    "dissatisfiedOrComplained", true, List.of(), "766-S-PAKN-SATISFIED"),
            new Metric("DOSSIER_RECEIVING_SATISFACTION", Group.SATISFACTION, "service766.tthcSatisfaction", "dossiers",
                    "overdue", true, List.of("complained"), "766-S-TTHC-SATISFIED"));

    public static final List<TreeCount> TREE_COUNTS = List.of(
            new TreeCount(Group.TIMELINESS, "totalReceived", "service766.resolution", "resolved"),
            new TreeCount(Group.TIMELINESS, "totalOnTime", "service766.resolution", "onTimeOrEarly"),
            new TreeCount(Group.ONLINE_SERVICE, "channelTotalSum", "service766.onlineIntake", "dossiers"),
            new TreeCount(Group.ONLINE_SERVICE, "channelOnlineSum", "service766.onlineIntake", "online"),
            new TreeCount(Group.ONLINE_PAYMENT, "totalDossierFinancialObligation", "service766.paidOnline", "feeDossiers"),
            new TreeCount(Group.ONLINE_PAYMENT, "totalDossierOnlinePaymentSuccess", "service766.paidOnline", "paidOnline"),
            new TreeCount(Group.ONLINE_PAYMENT, "totalFeeFormality", "service766.paymentUsed", "feeProcedures"),
            new TreeCount(Group.ONLINE_PAYMENT, "totalDossierOnlineFormalityPaymentSuccess", "service766.paymentUsed", "withOnlineTransactions"),
            new TreeCount(Group.ONLINE_PAYMENT, "totalFeeFormality", "service766.paymentSynchronised", "feeProcedures"),
            new TreeCount(Group.ONLINE_PAYMENT, "totalFeeDossierFormality", "service766.paymentSynchronised", "withSynchronisedDossiers"));

    /** The portal's unit types and our unit kinds; the province is the city. */
    public static final Map<String, String> UNIT_TYPES = unitTypes();

    private Portal766Codes() {
    }

    /** In this order, for messages and docs: Map.of's order changes from run to run. */
    private static Map<String, String> unitTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("PROVINCE", "city");
        types.put("PROVINCIAL_DEPARTMENT", "department");
        types.put("COMMUNE_PEOPLE_COMMITTEE", "ward-commune");
        return java.util.Collections.unmodifiableMap(types);
    }

    private static Metric metric(String code, Group group, String input, String whole, String part, String criterion) {
        return new Metric(code, group, "service766." + input, whole, part, false, List.of(), criterion);
    }

    static Optional<Group> group(String name) {
        return Arrays.stream(Group.values()).filter(g -> g.code().equalsIgnoreCase(name)).findFirst();
    }

    static String kind(String type) {
        return type == null ? null : UNIT_TYPES.get(type);
    }

    /** One indicator of a listing unit: its counts and its score, or its problems. A maximum of 0 marks one tracked only. */
    static void metric(JsonNode node, String path, Group group, Map<String, Map<String, Long>> counts, Map<String, BigDecimal> reported,
                       List<InputProblem> problems) {
        if (node.path("maxScore").isNumber() && node.path("maxScore").decimalValue().signum() == 0) {
            return;
        }
        String code = node.path("code").asText("");
        Optional<Metric> known = METRICS.stream().filter(m -> m.code().equals(code) && m.group() == group).findFirst();
        if (known.isEmpty()) {
            problems.add(new InputProblem(path + ".code", JsonObjectReader.show(node.path("code")),
                    "an indicator of " + group.code() + ", one of " + String.join(", ", METRICS.stream().filter(m -> m.group() == group).map(Metric::code).toList())
                            + " (or a maxScore of 0 for one tracked only)"));
            return;
        }
        Metric metric = known.get();
        Long denominator = count(node, "denominator", path, problems);
        Long numerator = count(node, "numerator", path, problems);
        if (denominator != null && numerator != null) {
            if (numerator > denominator) {
                problems.add(new InputProblem(path + ".numerator", String.valueOf(numerator),
                        "at most the denominator (" + denominator + " at " + path + ".denominator)"));
                return;
            }
            Map<String, Long> values = new TreeMap<>();
            values.put(metric.whole(), denominator);
            values.put(metric.part(), metric.complement() ? denominator - numerator : numerator);
            metric.zeros().forEach(z -> values.put(z, 0L));
            counts.put(metric.input(), values);
        } else if ((denominator == null) != (numerator == null)) {
            problems.add(new InputProblem(path + (denominator == null ? ".denominator" : ".numerator"), "null",
                    "a count, as " + (denominator == null ? "numerator" : "denominator") + " is one (or both null for a ratio only)"));
        }
        BigDecimal score = score(node.path("score"), path + ".score", problems);
        if (score != null) {
            reported.put(metric.criterion(), score);
        }
    }

    /**
     * The counts of a tree unit: each count group whose fields are all there (its first the whole, the others
     * parts of it); a unit may carry none, only a score.
     */
    static void treeCounts(Group group, JsonNode node, String path, Map<String, Map<String, Long>> counts, List<InputProblem> problems) {
        Map<String, List<TreeCount>> byInput = new LinkedHashMap<>();
        TREE_COUNTS.stream().filter(c -> c.group() == group).forEach(c -> byInput.computeIfAbsent(c.input(), k -> new java.util.ArrayList<>()).add(c));
        byInput.forEach((input, fields) -> {
            int before = problems.size();
            Map<String, Long> values = new TreeMap<>();
            for (TreeCount field : fields) {
                Long value = count(node, field.field(), path, problems);
                Long whole = values.get(fields.get(0).count());
                if (value != null && whole != null && value > whole) {
                    problems.add(new InputProblem(path + "." + field.field(), String.valueOf(value),
                            "at most " + fields.get(0).field() + " (" + whole + ")"));
                } else if (value != null) {
                    values.put(field.count(), value);
                }
            }
            if (problems.size() > before) {
                return;
            }
            if (values.size() == fields.size()) {
                counts.put(input, values);
            } else if (!values.isEmpty()) {
                problems.add(new InputProblem(path, "only some of the counts for " + input,
                        "all of " + String.join(", ", fields.stream().map(TreeCount::field).distinct().toList()) + ", or none (a score only)"));
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
            problems.add(new InputProblem(path + "." + field, JsonObjectReader.show(value), "a whole number from 0 to " + InputLimits.MAX_COUNT));
            return null;
        }
        return value.asLong();
    }

    /** A score, {@code null} when absent or null; a problem when not a number from 0 to 100. */
    static BigDecimal score(JsonNode value, String path, List<InputProblem> problems) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0 || value.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new InputProblem(path, JsonObjectReader.show(value), "a score from 0 to 100, or null"));
            return null;
        }
        return value.decimalValue();
    }
}
