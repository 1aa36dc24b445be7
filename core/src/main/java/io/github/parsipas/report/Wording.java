package io.github.parsipas.report;

import io.github.parsipas.methodology.Language;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.snapshot.Period;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report's machine words in people's words: unit kinds, periods, and what is not confirmed behind a
 * finding ({@code target: provisional} → {@code tạm tính: ngưỡng}). The JSON keeps the machine words.
 */
public final class Wording {

    /** What the names in a finding's {@code unconfirmed} list stand for; a parameter not listed is "another value". */
    private static final Map<String, String[]> VALUES = Map.ofEntries(
            Map.entry("item", new String[]{"cách chấm", "how it is scored"}),
            Map.entry("maxPoints", new String[]{"điểm tối đa", "maximum points"}),
            Map.entry("bands", new String[]{"thang điểm", "point bands"}),
            Map.entry("target", new String[]{"ngưỡng", "target"}),
            Map.entry("minRate", new String[]{"ngưỡng", "threshold"}),
            Map.entry("minPercent", new String[]{"ngưỡng", "threshold"}),
            Map.entry("minPaymentRate", new String[]{"ngưỡng", "threshold"}),
            Map.entry("perViolation", new String[]{"điểm trừ mỗi trường hợp", "points per case"}),
            Map.entry("dueDays", new String[]{"thời hạn", "time limit"}),
            Map.entry("deadline", new String[]{"hạn hoàn thành", "deadline"}),
            Map.entry("handlingDays", new String[]{"thời hạn xử lý", "time limit"}),
            Map.entry("minActivities", new String[]{"số hoạt động tối thiểu", "minimum activities"}),
            Map.entry("minProposed", new String[]{"số mô hình tối thiểu", "minimum models"}),
            Map.entry("minInspections", new String[]{"số cuộc kiểm tra tối thiểu", "minimum inspections"}),
            Map.entry("minRespondents", new String[]{"số người trả lời tối thiểu", "minimum respondents"}),
            Map.entry("elementThreshold", new String[]{"ngưỡng", "threshold"}),
            Map.entry("approachingWindowDays", new String[]{"số ngày báo trước", "warning window"}),
            Map.entry("surveyPoints", new String[]{"điểm điều tra xã hội học", "survey points"}));

    private Wording() {
    }

    /** A number without trailing zeros, e.g. points: {@code 0,95}, {@code 2}. */
    static String number(BigDecimal value, Language language) {
        return language.number(value.stripTrailingZeros());
    }

    /** A unit kind for people: {@code ward-commune} → {@code phường, xã}. */
    public static String kind(String code, Language language) {
        boolean vi = language == Language.VI;
        return switch (code) {
            case "city" -> vi ? "thành phố" : "city";
            case "department" -> vi ? "sở, ban, ngành" : "department";
            case "ward-commune" -> vi ? "phường, xã" : "ward or commune";
            default -> code;
        };
    }

    /** {@code 2025-10} → {@code tháng 10/2025}, {@code 2025-Q4} → {@code quý IV/2025}, {@code 2025-W43} → {@code tuần 43/2025}. */
    public static String period(String label, Language language) {
        Optional<Period> parsed = Period.parse(label);
        if (parsed.isEmpty()) {
            return label;
        }
        Period p = parsed.get();
        boolean vi = language == Language.VI;
        if (p.month() != null) {
            return vi ? String.format(Locale.ROOT, "tháng %02d/%d", p.month(), p.year())
                    : java.time.Month.of(p.month()).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + p.year();
        }
        if (p.quarter() != null) {
            return vi ? "quý " + List.of("I", "II", "III", "IV").get(p.quarter() - 1) + "/" + p.year() : "Q" + p.quarter() + " " + p.year();
        }
        return vi ? String.format(Locale.ROOT, "tuần %02d/%d", p.week(), p.year()) : String.format(Locale.ROOT, "week %02d of %d", p.week(), p.year());
    }

    /**
     * What is not confirmed behind a finding, by status: {@code tạm tính: cách chấm, ngưỡng, điểm tối đa}.
     * An entry {@code basis: …} (a yearly criterion on one period's data) reads as such.
     */
    static String unconfirmed(List<String> entries, Language language) {
        boolean vi = language == Language.VI;
        Map<Status, List<String>> byStatus = new TreeMap<>();
        List<String> other = new java.util.ArrayList<>();
        for (String entry : entries) {
            int colon = entry.indexOf(": ");
            String name = colon < 0 ? entry : entry.substring(0, colon);
            if (name.equals("basis")) {
                other.add(vi ? "số liệu một kỳ, tạm tính đến cuối năm" : "one period's data, provisional until year end");
                continue;
            }
            Status status = colon < 0 ? null : status(entry.substring(colon + 2));
            String[] words = VALUES.getOrDefault(name, new String[]{"giá trị khác", "another value"});
            if (status == null) {
                other.add(words[language.ordinal()]);
            } else {
                List<String> list = byStatus.computeIfAbsent(status, s -> new java.util.ArrayList<>());
                if (!list.contains(words[language.ordinal()])) {
                    list.add(words[language.ordinal()]);
                }
            }
        }
        Map<String, String> parts = new LinkedHashMap<>();
        byStatus.forEach((status, names) -> parts.put(status.label(language), String.join(", ", names)));
        List<String> out = new java.util.ArrayList<>();
        parts.forEach((status, names) -> out.add(status + ": " + names));
        out.addAll(other);
        return String.join("; ", out);
    }

    private static Status status(String code) {
        for (Status status : Status.values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        return null;
    }
}
