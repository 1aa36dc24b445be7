package io.github.parsipas.report;

import io.github.parsipas.methodology.Text;

import java.math.BigDecimal;
import java.util.List;

/** Points earned on one criterion, with the observation they rest on. */
public record CriterionScore(String code, int area, Text name, BigDecimal points, BigDecimal maxPoints,
                             Evidence evidence, List<String> unconfirmed) {
    public CriterionScore {
        points = Points2.of(points);
        maxPoints = Points2.of(maxPoints);
        unconfirmed = List.copyOf(unconfirmed);
    }
}
