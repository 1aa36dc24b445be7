package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The city's PAR Index as the snapshot projects it (plan III.2): points over what could be scored,
 * the percentage those points stand for, its group and its distance to the 2024 top-10 cut-off.
 *
 * @param yearToDate     true when the snapshot's counts run from the start of the year (basis yearToDate): a yearly index is
 *                       forecast only from those; on one period's counts there is no percentage, group or gap
 * @param percent        points / evaluatedMax × 100: the parts not scored are assumed to score alike; {@code null} when no
 *                       forecast is made (one period's counts, or too little scored)
 * @param sufficient     true when enough of the index was scored for a group (the pack's minimum coverage); else no group
 * @param declaredPercent the snapshot's own projection of the index, when it gives one (the plan's top-10 goal judges it)
 * @param complete       true when every criterion and the survey were scored
 * @param gapToTop10Low  percent − the lower bound of the 2024 top-10 cut-off (negative: below it)
 * @param gapToTop10High percent − the upper bound of that cut-off
 * @param behindDifference when the forecast and the unit's own projection differ by more than the pack's tolerance, the
 *                       criteria that lose the most points, most first: where to look for the difference; else empty
 * @param index          the code of the index forecast (e.g. {@code PAR}), and {@code indexName} its name
 * @param title          the forecast's heading, and the words of the snapshot's projection and of the gap (the pack's wording)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParForecast(@Nullable String methodVersion, BigDecimal points, BigDecimal evaluatedMax, BigDecimal maxPoints, boolean yearToDate,
                          @Nullable BigDecimal percent, boolean complete, boolean sufficient, @Nullable BigDecimal declaredPercent, @Nullable Text group,
                          @Nullable BigDecimal gapToTop10Low, @Nullable BigDecimal gapToTop10High, List<Unconfirmed> unconfirmed,
                          List<String> behindDifference, String index, Text indexName, Text title, @Nullable Text declaredLabel, @Nullable Text gapLabel) {
    public ParForecast {
        points = Points2.of(points);
        evaluatedMax = Points2.of(evaluatedMax);
        maxPoints = Points2.of(maxPoints);
        percent = Points2.of(percent);
        gapToTop10Low = Points2.of(gapToTop10Low);
        gapToTop10High = Points2.of(gapToTop10High);
        unconfirmed = List.copyOf(unconfirmed);
        behindDifference = List.copyOf(behindDifference);
    }

    /** True when a forecast is made: on a year's counts, with enough of the index scored. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean made() {
        return percent != null;
    }
}
