package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The satisfaction of one survey question or policy group, in percent, below an index's groups.
 *
 * @param path        where its answers are in the snapshot, e.g. {@code $.sipas.service.access[0]}
 * @param level       {@code question} or {@code group} (a policy group: the mean of its questions)
 * @param code        the code the snapshot gives it
 * @param name        the name the snapshot gives it, verbatim, or {@code null}
 * @param within      the element ({@code access}) or policy group code it belongs to; {@code null} for a group
 * @param percent     share of answers in the satisfied levels, or the mean of the group's questions
 * @param respondents the answers to the question; for a group, the fewest to any of its questions
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyFigure(String path, String level, String code, String name, @Nullable String within, BigDecimal percent, long respondents) {

    public SurveyFigure {
        percent = Points2.of(percent);
    }
}
