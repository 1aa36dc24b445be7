package io.github.parsipas.methodology;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The languages of reports, with how each writes numbers and dates (whatever the machine's locale). */
public enum Language {
    VI(Locale.forLanguageTag("vi-VN"), DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT)),
    EN(Locale.ENGLISH, DateTimeFormatter.ISO_LOCAL_DATE);

    private final char decimalMark;
    private final DateTimeFormatter dates;

    Language(Locale locale, DateTimeFormatter dates) {
        this.decimalMark = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        this.dates = dates;
    }

    public static Language fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** A number as it is given, to its own decimals, with the language's decimal mark: 97.90 → {@code 97,90} in Vietnamese. */
    public String number(BigDecimal number) {
        return number.toPlainString().replace('.', decimalMark);
    }

    /** A date: {@code 31/12/2025} in Vietnamese, {@code 2025-12-31} in English. */
    public String date(LocalDate date) {
        return dates.format(date);
    }
}
