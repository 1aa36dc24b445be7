package io.github.parsipas.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The languages of reports, with how each writes numbers and dates (whatever the machine's locale). */
public enum Language {
    VI(',', '.', DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT)),
    EN('.', ',', DateTimeFormatter.ISO_LOCAL_DATE);

    // Spelled out rather than read from the JDK's locale data, which has changed between versions.
    private final char decimalMark;
    private final char groupMark;
    private final DateTimeFormatter dates;

    Language(char decimalMark, char groupMark, DateTimeFormatter dates) {
        this.decimalMark = decimalMark;
        this.groupMark = groupMark;
        this.dates = dates;
    }

    public static Language fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /**
     * A number as it is given, to its own decimals, with the language's marks: 97.90 → {@code 97,90} and
     * 58800000 → {@code 58.800.000} in Vietnamese; {@code 58,800,000} in English.
     */
    public String number(BigDecimal number) {
        return grouped(number.signum() < 0, number.abs().toPlainString());
    }

    public String number(long number) {
        String digits = Long.toString(number);
        return grouped(number < 0, number < 0 ? digits.substring(1) : digits);
    }

    /** Digits (with a decimal point or not) with the language's marks: a builder, not a number format, as it runs per value. */
    private String grouped(boolean negative, String plain) {
        int dot = plain.indexOf('.');
        int whole = dot < 0 ? plain.length() : dot;
        StringBuilder text = new StringBuilder(plain.length() + whole / 3 + 1);
        if (negative) {
            text.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append(groupMark);
            }
            text.append(plain.charAt(i));
        }
        if (dot >= 0) {
            text.append(decimalMark).append(plain, dot + 1, plain.length());
        }
        return text.toString();
    }

    /** A date: {@code 31/12/2025} in Vietnamese, {@code 2025-12-31} in English. */
    public String date(LocalDate date) {
        return dates.format(date);
    }
}
