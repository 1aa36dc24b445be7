package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * A PAR Index area with its maximum points and the part of them that comes from the survey of
 * leaders and managers; the rest is spread over the area's criteria in proportion to their points.
 */
public record Area(int number, Text name, Points maxPoints, @Nullable Points surveyPoints) {
}
