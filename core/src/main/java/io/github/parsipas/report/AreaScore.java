package io.github.parsipas.report;

import io.github.parsipas.methodology.Agency;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Points of one PAR area over what could be evaluated: its criteria and its share of the leaders' survey.
 *
 * @param points        criteria points plus survey points
 * @param surveyPoints  points from the survey of leaders and managers, or {@code null} when the survey % is not given
 * @param maxPoints     the area's maximum in the method
 * @param evaluatedMax  the maximum of what was actually scored; below {@code maxPoints} the total is partial
 * @param notEvaluated  criteria (or {@code survey}) of the area that were not scored
 * @param official      false when the method does not score this kind of unit: the points estimate its contribution
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record AreaScore(int area, Text name, BigDecimal points, @Nullable BigDecimal surveyPoints, BigDecimal evaluatedMax, BigDecimal maxPoints,
                        Agency lead, Status leadBasis, List<String> notEvaluated, List<Unconfirmed> unconfirmed, boolean official) {
    public AreaScore {
        points = Points2.of(points);
        surveyPoints = Points2.of(surveyPoints);
        evaluatedMax = Points2.of(evaluatedMax);
        maxPoints = Points2.of(maxPoints);
        notEvaluated = List.copyOf(notEvaluated);
        unconfirmed = List.copyOf(unconfirmed);
    }
}
