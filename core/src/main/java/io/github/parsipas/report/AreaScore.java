package io.github.parsipas.report;

import io.github.parsipas.methodology.Agency;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.methodology.Text;

import java.math.BigDecimal;
import java.util.List;

/**
 * Points of one PAR area over the criteria that could be evaluated.
 *
 * @param maxPoints     the area's maximum in the method
 * @param evaluatedMax  the maximum of the criteria actually scored; below {@code maxPoints} the total is partial
 * @param notEvaluated  criteria of the area that were not scored (missing data, or not yet encoded)
 */
public record AreaScore(int area, Text name, BigDecimal points, BigDecimal evaluatedMax, BigDecimal maxPoints,
                        Agency lead, Status leadBasis, List<String> notEvaluated, List<String> unconfirmed) {
    public AreaScore {
        points = Points2.of(points);
        evaluatedMax = Points2.of(evaluatedMax);
        maxPoints = Points2.of(maxPoints);
        notEvaluated = List.copyOf(notEvaluated);
        unconfirmed = List.copyOf(unconfirmed);
    }
}
