package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An index made of groups, with grades by total. By default a group's points are those of its criteria
 * (the 766 index: five groups, grades Xuất sắc … Yếu); an index on a survey (SIPAS) takes each group's
 * figure, in percent, from a survey section instead.
 *
 * The same declaration names an index by areas (the PAR Index, a pack's {@code areaIndex}): its code, name and
 * column only, its areas being the pack's.
 *
 * @param survey      for an index on a survey, the survey's section whose figure is the index, else {@code null}
 * @param unconfirmed how the figures are read, when that is not confirmed (shown with the index)
 * @param column      how a table of many units (a batch's league table) heads the index's column (by default its name)
 * @param ranksLeague true when a batch's league table ranks its units by this index (by several, in declaration order)
 * @param byArea      for an index by areas, a report's heading of its areas where the method scores the unit officially
 * @param contributionByArea the heading where they estimate the unit's contribution instead (a department, a ward)
 */
public record IndexDefinition(String code, Text name, @Nullable String survey, List<Group> groups, List<Grade> grades, List<String> unconfirmed,
                              Text column, Boolean ranksLeague, @Nullable Text byArea, @Nullable Text contributionByArea) {

    public IndexDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
        column = column == null ? name : column;
        ranksLeague = Boolean.TRUE.equals(ranksLeague);
        grades = grades == null ? List.of() : grades.stream().sorted(Comparator.comparing(Grade::atLeast).reversed()).toList();
        unconfirmed = unconfirmed == null ? List.of() : List.copyOf(unconfirmed);
    }

    /**
     * A group with its maximum.
     *
     * @param measure for an index on a survey, the section whose figure the group is
     */
    public record Group(String code, Text name, @Nullable String measure, Points maxPoints) {
    }

    /** A grade reached at {@code atLeast} points of 100. */
    public record Grade(BigDecimal atLeast, Text name, Status status,
                        @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = SourceText.class) io.github.parsipas.text.Text source) {
    }

    /** The grade of a total on a 100-point scale. */
    public Optional<Grade> gradeOf(BigDecimal points) {
        return grades.stream().filter(g -> points.compareTo(g.atLeast()) >= 0).findFirst();
    }
}
