package io.github.parsipas.snapshot;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The reporting period: a year and exactly one of a month, a quarter or an ISO week (the 766 index is published weekly). */
public record Period(int year, @Nullable Integer month, @Nullable Integer quarter, @Nullable Integer week) {

    public LocalDate start() {
        if (month != null) {
            return LocalDate.of(year, month, 1);
        }
        if (quarter != null) {
            return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        }
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate end() {
        if (month != null) {
            return start().plusMonths(1).minusDays(1);
        }
        return quarter != null ? start().plusMonths(3).minusDays(1) : start().plusDays(6);
    }

    /** How many ISO weeks a year has: 52, or 53 when it has a 53rd. */
    public static int weeksIn(int year) {
        return (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
    }

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("(\\d{4})-(?:(\\d{2})|Q([1-4])|W(\\d{2}))");

    /** The period a {@link #label()} names, e.g. {@code 2025-Q4}; empty when it names none. Month and week are not range-checked. */
    public static java.util.Optional<Period> parse(String label) {
        java.util.regex.Matcher m = LABEL.matcher(label == null ? "" : label);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer quarter = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Integer week = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        return java.util.Optional.of(new Period(Integer.parseInt(m.group(1)), month, quarter, week));
    }

    /** {@code 2025-10}, {@code 2026-Q1} or {@code 2025-W43}, whatever the machine's locale. */
    public String label() {
        // Concatenation, not String.format: a label is written for every evaluation.
        if (month != null) {
            return year + (month < 10 ? "-0" : "-") + month;
        }
        return quarter != null ? year + "-Q" + quarter : year + (week < 10 ? "-W0" : "-W") + week;
    }

    /** The period for people: {@code 2025-10} → {@code tháng 10/2025}, {@code 2025-Q4} → {@code quý IV/2025}, {@code 2025-W43} → {@code tuần 43/2025}. */
    public String describe(Language language) {
        Map<String, Arg> values = new TreeMap<>(Map.of("year", Arg.verbatim(String.valueOf(year))));
        if (month != null) {
            // A month is its number in Vietnamese, its name in English: how each language writes it, like a date.
            values.put("month", l -> l == Language.VI ? twoDigits(month)
                    : java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
            return Messages.format("period.month", values, language);
        }
        if (quarter != null) {
            values.put("quarter", l -> l == Language.VI ? List.of("I", "II", "III", "IV").get(quarter - 1) : String.valueOf(quarter));
            return Messages.format("period.quarter", values, language);
        }
        values.put("week", Arg.verbatim(twoDigits(week)));
        return Messages.format("period.week", values, language);
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }
}
