package io.github.parsipas.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points in reports always carry two decimals, so equal values print alike. */
final class Points2 {

    private Points2() {
    }

    static BigDecimal of(BigDecimal points) {
        return points == null ? null : points.setScale(2, RoundingMode.HALF_UP);
    }
}
