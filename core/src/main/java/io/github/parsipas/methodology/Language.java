package io.github.parsipas.methodology;

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
        String plain = number.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(groupMark);
            }
            grouped.append(whole.charAt(i));
        }
        return (number.signum() < 0 ? "-" : "") + grouped + (dot < 0 ? "" : decimalMark + plain.substring(dot + 1));
    }

    public String number(long number) {
        return number(BigDecimal.valueOf(number));
    }

    /** A date: {@code 31/12/2025} in Vietnamese, {@code 2025-12-31} in English. */
    public String date(LocalDate date) {
        return dates.format(date);
    }
}
