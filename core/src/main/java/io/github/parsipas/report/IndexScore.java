package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The total of an index other than the PAR Index (the 766 service index; SIPAS, in percent), with its
 * groups and grade. A total over fewer criteria than the index has is partial: {@code notEvaluated} says which, and
 * {@code notApplicable} which the unit is not asked for; a partial total has no grade.
 *
 * @param grade         the grade of the total, or {@code null} when the index has none or the total is partial
 * @param gradeBasis    the status of the grade's cut-off
 * @param figures       for an index on a survey, each question's and policy group's figure (empty otherwise)
 * @param notApplicable the index's criteria not asked of this kind of unit (e.g. a ward's province-only indicators)
 * @param published     the scores an official system published for the unit, which stand as the official ones, beside
 *                      this recomputation; {@code null} when the snapshot carries none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexScore(String code, Text name, BigDecimal points, BigDecimal evaluatedMax, BigDecimal maxPoints,
                         @Nullable Text grade, @Nullable String gradeBasis, List<GroupScore> groups, List<String> notEvaluated,
                         List<Unconfirmed> unconfirmed, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SurveyFigure> figures,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notApplicable, @Nullable Published published) {

    public IndexScore {
        points = Points2.of(points);
        evaluatedMax = Points2.of(evaluatedMax);
        maxPoints = Points2.of(maxPoints);
        groups = List.copyOf(groups);
        notEvaluated = List.copyOf(notEvaluated);
        unconfirmed = List.copyOf(unconfirmed);
        figures = List.copyOf(figures);
        notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
    }

    /** The same with the published scores beside it. */
    public IndexScore withPublished(Published published) {
        return new IndexScore(code, name, points, evaluatedMax, maxPoints, grade, gradeBasis, groups, notEvaluated, unconfirmed, figures,
                notApplicable, published);
    }

    /** True when the recomputed total is over every criterion of the index: only then is it a total. */
    public boolean complete() {
        return notEvaluated.isEmpty() && notApplicable.isEmpty();
    }

    /** One group of an index. */
    public record GroupScore(String code, Text name, BigDecimal points, BigDecimal evaluatedMax, BigDecimal maxPoints, String maxBasis) {
        public GroupScore {
            points = Points2.of(points);
            evaluatedMax = Points2.of(evaluatedMax);
            maxPoints = Points2.of(maxPoints);
        }
    }

    /**
     * The scores an official system (the portal) published, the official ones: the total and its grade when every group
     * is published ({@code null} otherwise: a sum over fewer groups is no total), each group beside our recomputation,
     * and the system's data-quality flags of the indicators.
     *
     * @param recomputed our total, when it is over every criterion; {@code null} otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Published(@Nullable BigDecimal points, @Nullable Text grade, @Nullable String gradeBasis, @Nullable BigDecimal recomputed, List<PublishedGroup> groups,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Flag> flags) {
        public Published {
            points = Points2.of(points);
            recomputed = Points2.of(recomputed);
            groups = List.copyOf(groups);
            flags = List.copyOf(flags);
        }
    }

    /**
     * A group as published and as recomputed: {@code agrees} (within 0.01), {@code differs}, {@code notRecomputed} (the
     * library cannot recompute it: the published figure stands) or {@code notPublished}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublishedGroup(String code, Text name, @Nullable BigDecimal published, @Nullable BigDecimal recomputed, BigDecimal maxPoints, String status) {
        public PublishedGroup {
            published = Points2.of(published);
            recomputed = Points2.of(recomputed);
            maxPoints = Points2.of(maxPoints);
        }
    }

    /** An indicator's data-quality flag as the system gave it: its status code and message (the system's own words). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Flag(String criterion, Text name, String status, @Nullable String message) {
    }
}
