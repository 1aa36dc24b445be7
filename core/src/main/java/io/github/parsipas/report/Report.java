package io.github.parsipas.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating one snapshot. Findings are ordered deductions, warnings,
 * recommendations, then cannot-evaluate; within a kind by points recoverable, then code and scope. {@code problems}
 * groups them as an officer acts on them, ranked.
 * {@code notes} says, once, what a reader must know of the method versions applied (absent when nothing).
 * {@code absentSections} names the top-level sections ({@code $.tthc}) that criteria asked of the unit read and
 * the snapshot does not have: their criteria are cannot-evaluate, told apart from data missing inside a section
 * the unit sent (absent when none). {@code areaIndex} names the index the areas are of, with its pack's headings
 * (absent when no area was scored).
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Report(
        String schema,
        UnitRef unit,
        LocalDate asOf,
        String period,
        @Nullable List<io.github.parsipas.text.Text> notes,
        List<AreaScore> areas,
        Report.@Nullable AreaIndex areaIndex,
        @Nullable ParForecast forecast,
        List<IndexScore> indices,
        List<CriterionScore> criteria,
        List<Finding> findings,
        List<Problem> problems,
        List<Trace> explanation,
        @Nullable List<String> absentSections,
        Receipt receipt) {

    public static final String SCHEMA = "parsipas.report/1";

    public Report {
        notes = notes == null || notes.isEmpty() ? null : List.copyOf(notes);
        areas = List.copyOf(areas);
        indices = List.copyOf(indices);
        criteria = List.copyOf(criteria);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        explanation = List.copyOf(explanation);
        absentSections = absentSections == null || absentSections.isEmpty() ? null : List.copyOf(absentSections);
    }

    /** This report with its problems replaced (re-ranked). */
    public Report withProblems(List<Problem> problems) {
        return new Report(schema, unit, asOf, period, notes, areas, areaIndex, forecast, indices, criteria, findings, problems, explanation, absentSections, receipt);
    }

    /**
     * The index by areas a report's areas are of (e.g. {@code PAR}), as its pack words it.
     *
     * @param title             the heading of the areas where the method scores the unit officially
     * @param contributionTitle the heading where the areas estimate the unit's contribution (a department, a ward)
     */
    public record AreaIndex(String code, io.github.parsipas.text.Text title, io.github.parsipas.text.Text contributionTitle) {
    }

    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
