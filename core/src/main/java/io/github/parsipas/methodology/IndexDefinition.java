package io.github.parsipas.methodology;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An index made of groups of criteria, with grades by total points (the 766 index: five groups, grades
 * Xuất sắc … Yếu).
 */
public record IndexDefinition(String code, Text name, List<Group> groups, List<Grade> grades) {

    public IndexDefinition {
        groups = List.copyOf(groups);
        grades = grades.stream().sorted(Comparator.comparing(Grade::atLeast).reversed()).toList();
    }

    /** A group of criteria with its maximum. */
    public record Group(String code, Text name, Points maxPoints) {
    }

    /** A grade reached at {@code atLeast} points of 100. */
    public record Grade(BigDecimal atLeast, Text name, Status status, String source) {
    }

    /** The grade of a total on a 100-point scale. */
    public Optional<Grade> gradeOf(BigDecimal points) {
        return grades.stream().filter(g -> points.compareTo(g.atLeast()) >= 0).findFirst();
    }
}
