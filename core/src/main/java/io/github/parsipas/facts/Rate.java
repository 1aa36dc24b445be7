package io.github.parsipas.facts;

import io.github.parsipas.text.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share computed from counts of the snapshot, e.g. dossiers resolved on time / dossiers resolved.
 * Comparisons with a target are exact (no floating point): 4,900 / 5,000 is exactly 98 %.
 *
 * @param measure   what is measured, e.g. {@code tthc.field.onTime}
 * @param scope     which part of the unit, e.g. a field code, or {@code all}
 * @param scopeName the part's name for people, e.g. {@code Hộ tịch}
 * @param path      JSON path of the counts in the snapshot
 */
public record Rate(String measure, String scope, String scopeName, long numerator, long denominator, String path)
        implements Share {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Rate {
        if (denominator <= 0) {
            throw new IllegalArgumentException("a rate needs a positive denominator: " + path);
        }
    }

    @Override
    public boolean isBelow(BigDecimal percent) {
        return BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .compareTo(percent.multiply(BigDecimal.valueOf(denominator))) < 0;
    }

    /** The rate in percent, rounded half-up to two decimals (for display and evidence only). */
    public BigDecimal percent() {
        return BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal exactPercent() {
        return BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
    }

    @Override
    public String observed() {
        return percent().toPlainString() + "% (" + numerator + "/" + denominator + ")";
    }

    @Override
    public String describe(Language language) {
        return Described.format("rate", java.util.Map.of("measure", Described.verbatim(measure), "scope", Described.verbatim(scope),
                "path", Described.verbatim(path), "numerator", Described.count(numerator), "denominator", Described.count(denominator),
                "percent", Described.number(percent())), language);
    }
}
