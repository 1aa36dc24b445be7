package io.github.parsipas.facts;

import io.github.parsipas.text.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count group's share as a source gave it, in percent, without the counts behind it (the portal's ratio-only
 * indicators): scored as the group's rate would be.
 *
 * @param measure the count group it stands for, e.g. {@code service766.certifiedCopies}
 * @param path    the value it was read from, e.g. {@code $.service766.certifiedCopiesPercent}
 */
public record GivenShare(String measure, BigDecimal exactPercent, String path) implements Share {

    @Override
    public boolean isBelow(BigDecimal percent) {
        return exactPercent.compareTo(percent) < 0;
    }

    @Override
    public String observed() {
        return exactPercent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "% (a share given without its counts)";
    }

    @Override
    public String scope() {
        return "all";
    }

    @Override
    public String describe(Language language) {
        return Described.format("givenShare", java.util.Map.of("measure", Described.verbatim(measure), "path", Described.verbatim(path),
                "percent", Described.number(exactPercent.setScale(2, RoundingMode.HALF_UP))), language);
    }
}
