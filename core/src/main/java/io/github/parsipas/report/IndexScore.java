package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.util.List;

/**
 * The total of an index other than the PAR Index (the 766 service index; SIPAS, in percent), with its
 * groups and grade. A total over fewer criteria than the index has is partial: {@code notEvaluated} says which.
 *
 * @param grade      the grade of the total, or {@code null} when the index has none or the total is partial
 * @param gradeBasis the status of the grade's cut-off
 * @param figures    for an index on a survey, each question's and policy group's figure (empty otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexScore(String code, Text name, BigDecimal points, BigDecimal evaluatedMax, BigDecimal maxPoints,
                         Text grade, String gradeBasis, List<GroupScore> groups, List<String> notEvaluated,
                         List<Unconfirmed> unconfirmed, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SurveyFigure> figures) {

    public IndexScore {
        points = Points2.of(points);
        evaluatedMax = Points2.of(evaluatedMax);
        maxPoints = Points2.of(maxPoints);
        groups = List.copyOf(groups);
        notEvaluated = List.copyOf(notEvaluated);
        unconfirmed = List.copyOf(unconfirmed);
        figures = List.copyOf(figures);
    }

    /** One group of an index. */
    public record GroupScore(String code, Text name, BigDecimal points, BigDecimal evaluatedMax, BigDecimal maxPoints, String maxBasis) {
        public GroupScore {
            points = Points2.of(points);
            evaluatedMax = Points2.of(evaluatedMax);
            maxPoints = Points2.of(maxPoints);
        }
    }
}
