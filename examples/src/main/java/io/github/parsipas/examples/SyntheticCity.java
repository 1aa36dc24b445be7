package io.github.parsipas.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic city for examples, tests and benchmarks: wards and departments over the months of 2025, one snapshot a
 * unit and month, as JSON lines. Every number is made up — every unit's name says so ("số liệu tổng hợp") — but
 * plausible and varied: each unit has its own level and pace of improvement, some fall behind on each target, some
 * leave sections out. The same seed gives the same city, whatever the order units are generated in.
 */
public final class SyntheticCity {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] FIELDS = {{"ho-tich", "Hộ tịch"}, {"chung-thuc", "Chứng thực"}, {"dat-dai", "Đất đai"},
            {"xay-dung", "Xây dựng"}, {"ho-kinh-doanh", "Hộ kinh doanh"}};
    /** Departments that also hold a lead role of the plan (their monthly reports are asked of them). */
    private static final String[] ROLES = {"VPUB", "STC", "SNV", "SKHCN", "STP"};

    private SyntheticCity() {
    }

    /** One JSON snapshot per unit and month: {@code wards} wards or communes, {@code departments} departments, months 1..{@code months} of 2025. */
    public static List<String> generate(long seed, int wards, int departments, int months) {
        List<String> lines = new ArrayList<>();
        for (int w = 1; w <= wards; w++) {
            for (int m = 1; m <= months; m++) {
                lines.add(snapshot(seed, "ward", w, m));
            }
        }
        for (int d = 1; d <= departments; d++) {
            for (int m = 1; m <= months; m++) {
                lines.add(snapshot(seed, "department", d, m));
            }
        }
        return lines;
    }

    private static String snapshot(long seed, String kind, int number, int month) {
        boolean ward = kind.equals("ward");
        // The unit's own character, the same every month: its level, its pace, what it leaves out.
        SplittableRandom unit = new SplittableRandom(seed * 31 + (ward ? 0 : 100_000) + number);
        double level = 0.80 + 0.18 * unit.nextDouble();
        double pace = 0.004 * unit.nextDouble();
        boolean noFinance = unit.nextDouble() < 0.08;
        boolean noDigital = unit.nextDouble() < 0.05;
        SplittableRandom random = new SplittableRandom(seed * 1_000_003 + (ward ? 0 : 500_000) + number * 13L + month);
        double quality = Math.min(0.995, level + pace * month);
        YearMonth period = YearMonth.of(2025, month);
        LocalDate asOf = period.atEndOfMonth();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "parsipas.snapshot/1");
        ObjectNode u = root.putObject("unit");
        u.put("id", String.format(java.util.Locale.ROOT, ward ? "tp-phuong-%03d" : "tp-so-%02d", number));
        u.put("name", String.format(java.util.Locale.ROOT, ward ? "Phường %03d (số liệu tổng hợp)" : "Sở %02d (số liệu tổng hợp)", number));
        u.put("kind", ward ? "ward-commune" : "department");
        ArrayNode roles = u.putArray("leadRoles");
        if (!ward && number <= ROLES.length) {
            roles.add(ROLES[number - 1]);
        }
        root.put("asOf", asOf.toString());
        ObjectNode p = root.putObject("period");
        p.put("year", 2025);
        p.put("month", month);
        int size = ward ? 600 + unit.nextInt(900) : 150 + unit.nextInt(400);

        ObjectNode tthc = root.putObject("tthc");
        ArrayNode fields = tthc.putArray("fields");
        for (String[] field : FIELDS) {
            long received = Math.max(5, Math.round(size * (0.05 + 0.3 * random.nextDouble())));
            long resolved = Math.round(received * (0.88 + 0.12 * random.nextDouble()));
            ObjectNode f = fields.addObject();
            f.put("code", field[0]);
            f.put("name", field[1]);
            f.put("received", received);
            f.put("resolved", resolved);
            f.put("resolvedOnTime", part(resolved, quality + 0.03, random));
        }
        long complaints = 2 + random.nextInt(20);
        group(tthc, "complaints", "received", complaints + random.nextInt(3), "resolved", complaints, "resolvedOnTime", part(complaints, quality, random));
        long procedures = 200 + unit.nextInt(150);
        group(tthc, "nonBoundary", "procedures", procedures, "nonBoundary", part(procedures, quality - 0.05 + 0.02 * month, random));
        long feedback = 5 + random.nextInt(30);
        long handled = part(feedback, 0.97, random);
        group(tthc, "feedback", "received", feedback, "handled", handled, "handledOnTime", part(handled, quality, random));

        if (!noDigital) {
            ObjectNode digital = root.putObject("digital");
            long dossiers = size;
            group(digital, "onlineDossiers", "dossiers", dossiers, "online", part(dossiers, 0.35 + 0.04 * month * quality, random));
            long eligible = 150 + unit.nextInt(60);
            group(digital, "fullProcessServices", "eligibleProcedures", eligible, "offered", part(eligible, quality, random));
            long digitisable = Math.round(dossiers * 0.9);
            group(digital, "digitisedComponents", "dossiers", digitisable, "digitised", part(digitisable, quality, random));
            group(digital, "reuse", "dossiers", dossiers, "reusing", part(dossiers, 0.25 + 0.03 * month, random));
        }
        if (!noFinance) {
            ObjectNode finance = root.putObject("finance");
            long planned = 10_000 + unit.nextInt(50_000);
            group(finance, "disbursement", "plannedMillionVnd", planned, "disbursedMillionVnd", part(planned, Math.min(1, 0.08 * month * quality), random));
        }
        service766(root.putObject("service766"), size, quality, month, unit, random);

        if (!ward && number <= ROLES.length && month > 1) {
            ArrayNode reports = root.putArray("reports");
            for (int earlier = 10; earlier < month; earlier++) { // the plan's monthly reports start with October 2025
                LocalDate due = YearMonth.of(2025, earlier).atEndOfMonth().plusDays(5);
                int late = random.nextDouble() < 0.2 ? 1 + random.nextInt(6) : 0;
                if (random.nextDouble() < 0.9 && !due.plusDays(late).isAfter(asOf)) {
                    ObjectNode report = reports.addObject();
                    report.put("code", monthlyReport(number));
                    report.put("period", YearMonth.of(2025, earlier).toString());
                    report.put("submitted", due.plusDays(late).toString());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 21 indicator groups of the 766 index, most near the unit's level, online use rising through the year. */
    private static void service766(ObjectNode service, long size, double quality, int month, SplittableRandom unit, SplittableRandom random) {
        long procedures = 100 + unit.nextInt(100);
        double online = Math.min(0.98, 0.35 + 0.04 * month * quality);
        group(service, "announcedOnTime", "procedures", procedures, "onTime", part(procedures, quality + 0.02, random));
        group(service, "publishedOnTime", "procedures", procedures, "onTime", part(procedures, quality, random));
        group(service, "fullContent", "procedures", procedures, "complete", part(procedures, quality + 0.01, random));
        group(service, "synchronised", "dossiers", size, "synchronised", part(size, quality, random));
        group(service, "resolution", "resolved", size, "onTimeOrEarly", part(size, quality + 0.02, random));
        group(service, "onlineOffered", "procedures", procedures, "offeringOnline", part(procedures, quality - 0.05, random));
        group(service, "onlineUsed", "services", procedures, "withDossiers", part(procedures, online, random));
        group(service, "onlineIntake", "dossiers", size, "online", part(size, online, random));
        long fees = size / 2;
        group(service, "paidOnline", "feeDossiers", fees, "paidOnline", part(fees, online - 0.1, random));
        group(service, "paymentUsed", "feeProcedures", procedures / 2, "withOnlineTransactions", part(procedures / 2, online, random));
        group(service, "paymentSynchronised", "feeProcedures", procedures / 2, "withSynchronisedDossiers", part(procedures / 2, quality - 0.1, random));
        group(service, "electronicResults", "results", size, "electronic", part(size, quality, random));
        group(service, "digitisedComponents", "dossiers", size, "digitised", part(size, quality, random));
        long copies = 20 + random.nextInt(80);
        group(service, "certifiedCopies", "requests", copies, "electronic", part(copies, quality - 0.1, random));
        group(service, "reuse", "dossiers", size, "reusing", part(size, 0.25 + 0.03 * month, random));
        group(service, "sharedForReuse", "dossiers", size, "shared", part(size, quality - 0.2, random));
        group(service, "populationData", "dossiers", size, "usingPopulationData", part(size, quality - 0.15, random));
        group(service, "populationConnected", "procedures", procedures, "connected", part(procedures, quality, random));
        long fed = 5 + random.nextInt(40);
        group(service, "feedbackOnTime", "feedback", fed, "onTimeOrEarly", part(fed, quality, random));
        group(service, "feedbackSatisfaction", "feedback", fed, "dissatisfiedOrComplained", fed - part(fed, quality + 0.02, random));
        long overdue = size - part(size, quality + 0.02, random);
        group(service, "tthcSatisfaction", "dossiers", size, "overdue", overdue, "complained", Math.min(size - overdue, random.nextInt(4)));
    }

    private static String monthlyReport(int department) {
        return switch (ROLES[department - 1]) {
            case "VPUB" -> "D-VPUB-TASKS";
            case "STC" -> "D-STC-KTXH";
            case "SNV" -> "D-SNV-SYNTHESIS";
            default -> "D-KTXH-REPORT";
        };
    }

    /** Part of {@code whole} at about {@code rate} (with noise), within 0..whole. */
    private static long part(long whole, double rate, SplittableRandom random) {
        double noisy = rate + (random.nextDouble() - 0.5) * 0.04;
        return Math.max(0, Math.min(whole, Math.round(whole * noisy)));
    }

    private static void group(ObjectNode parent, String name, Object... keysAndCounts) {
        ObjectNode group = parent.putObject(name);
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            group.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
    }
}
