package io.github.parsipas.report;

import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Points earned on one criterion, with the observation they rest on.
 *
 * @param area  the PAR area, or {@code null} for another index's criterion
 * @param group the index group (e.g. {@code transparency} of the 766 index), or {@code null}
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record CriterionScore(String code, @Nullable Integer area, @Nullable String group, Text name, BigDecimal points, BigDecimal maxPoints,
                             Evidence evidence, List<Unconfirmed> unconfirmed) {
    public CriterionScore {
        points = Points2.of(points);
        maxPoints = Points2.of(maxPoints);
        unconfirmed = List.copyOf(unconfirmed);
    }
}
