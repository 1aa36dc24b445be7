package io.github.parsipas.internal;

import io.github.parsipas.methodology.Area;
import io.github.parsipas.methodology.IndexDefinition;
import io.github.parsipas.methodology.Pack;
import io.github.parsipas.report.IndexScore;
import io.github.parsipas.report.ParForecast;
import io.github.parsipas.report.SurveyFigure;
import io.github.parsipas.report.Unconfirmed;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.report.AreaScore;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Finding;
import io.github.parsipas.snapshot.Snapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Sums criterion scores into areas and puts findings in their stable report order. */
final class ReportAssembler {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::kind)
            .thenComparing(Finding::pointsRecoverable, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Finding::code)
            .thenComparing(Finding::scope)
            .thenComparing(f -> f.evidence() == null ? "" : f.evidence().path());

    private ReportAssembler() {
    }

    static List<Finding> ordered(List<Finding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }

    static List<CriterionScore> byCode(List<CriterionScore> scores) {
        return scores.stream().sorted(Comparator.comparing(CriterionScore::code)).toList();
    }

    /** The index projected from its areas scored, with its group and gap to the pack's reference cut-offs. */
    static ParForecast forecast(Pack par, List<AreaScore> areas, List<CriterionScore> criteria, String version, java.time.LocalDate asOf,
                                Snapshot snapshot) {
        BigDecimal points = areas.stream().map(AreaScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal evaluated = areas.stream().map(AreaScore::evaluatedMax).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = par.areas().stream().map(a -> a.maxPoints().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean complete = evaluated.compareTo(max) == 0;
        List<Unconfirmed> unconfirmed = new ArrayList<>();
        areas.forEach(a -> a.unconfirmed().forEach(u -> unconfirmed.add(u.inArea(a.area()))));
        BigDecimal minCoverage = cutoff(par, par.forecast().minCoverage(), asOf);
        boolean sufficient = minCoverage == null || evaluated.compareTo(minCoverage) >= 0;
        // A yearly index read off one period's counts is not a forecast: the period's points stand, with no percentage.
        boolean yearToDate = snapshot.basis() == io.github.parsipas.snapshot.Basis.YEAR_TO_DATE;
        BigDecimal percent = yearToDate && sufficient ? points.multiply(BigDecimal.valueOf(100)).divide(evaluated, 2, java.math.RoundingMode.HALF_UP) : null;
        if (!yearToDate) {
            unconfirmed.add(Unconfirmed.noted("basis", "one period's counts: no forecast of the year's index"));
        } else if (!complete) {
            unconfirmed.add(Unconfirmed.noted("percent", "projected from " + evaluated.stripTrailingZeros().toPlainString() + " of "
                    + max.stripTrailingZeros().toPlainString() + " points"));
        }
        if (!sufficient) {
            unconfirmed.add(Unconfirmed.noted("group", "not given, " + evaluated.stripTrailingZeros().toPlainString() + " of "
                    + max.stripTrailingZeros().toPlainString() + " points scored (at least " + minCoverage.stripTrailingZeros().toPlainString() + " needed)"));
        }
        var group = par.grades().stream().filter(g -> percent != null && percent.compareTo(g.atLeast()) >= 0).findFirst();
        group.map(g -> Methodology.status(par, g.status(), null, version)).filter(s -> s != Status.CONFIRMED)
                .ifPresent(s -> unconfirmed.add(Unconfirmed.of("group", s)));
        BigDecimal low = cutoff(par, par.forecast().cutoffLow(), asOf);
        BigDecimal high = cutoff(par, par.forecast().cutoffHigh(), asOf);
        Pack.Forecast wording = par.forecast();
        if (percent != null && low != null && wording.cutoffBasis() != null) {
            unconfirmed.add(Unconfirmed.noted("cutoffs", wording.cutoffBasis()));
        }
        BigDecimal declared = wording.projection() == null ? null : snapshot.values().get(wording.projection());
        BigDecimal tolerance = cutoff(par, wording.declaredTolerance(), asOf);
        List<String> behind = percent == null || declared == null || tolerance == null || percent.subtract(declared).abs().compareTo(tolerance) <= 0
                ? List.of() : mostLost(par, criteria);
        return new ParForecast(version, points, evaluated, max, yearToDate, percent, complete, sufficient, declared, group.map(IndexDefinition.Grade::name).orElse(null),
                percent == null || low == null ? null : percent.subtract(low), percent == null || high == null ? null : percent.subtract(high), unconfirmed,
                behind, par.areaIndex().code(), par.areaIndex().name(), wording.title(), wording.declared(), wording.gap());
    }

    /** The pack's criteria that lose the most points, most first (then by code), at most five. */
    private static List<String> mostLost(Pack par, List<CriterionScore> criteria) {
        java.util.Set<String> own = par.items().stream().map(Item::code).collect(java.util.stream.Collectors.toSet());
        return criteria.stream().filter(c -> own.contains(c.code()) && c.maxPoints().compareTo(c.points()) > 0)
                .sorted(java.util.Comparator.comparing((CriterionScore c) -> c.maxPoints().subtract(c.points())).reversed()
                        .thenComparing(CriterionScore::code))
                .limit(5).map(CriterionScore::code).toList();
    }

    private static BigDecimal cutoff(Pack pack, String parameter, java.time.LocalDate asOf) {
        return parameter == null ? null : pack.parameters().get(parameter).at(asOf).map(v -> v.value()).orElse(null);
    }

    /** The total, groups and grade of each pack that defines an index; an index on a survey from its figures. */
    static List<IndexScore> indices(Methodology methodology, List<CriterionScore> scores, Map<String, Section> sections,
                                    Map<String, List<SurveyFigure>> figures, io.github.parsipas.snapshot.Unit unit) {
        Map<String, CriterionScore> scored = scores.stream().collect(Collectors.toMap(CriterionScore::code, s -> s));
        List<IndexScore> indices = new ArrayList<>();
        for (Pack pack : methodology.packs()) {
            IndexDefinition index = pack.index();
            if (index == null) {
                continue;
            }
            if (index.survey() != null) {
                survey(index, sections, figures).ifPresent(indices::add);
                continue;
            }
            List<IndexScore.GroupScore> groups = new ArrayList<>();
            List<String> notEvaluated = new ArrayList<>();
            List<String> notApplicable = new ArrayList<>();
            List<Unconfirmed> unconfirmed = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal evaluatedMax = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            for (IndexDefinition.Group group : index.groups()) {
                BigDecimal points = BigDecimal.ZERO;
                BigDecimal groupEvaluated = BigDecimal.ZERO;
                for (Item item : pack.items().stream().filter(i -> group.code().equals(i.group())).toList()) {
                    CriterionScore score = scored.get(item.code());
                    if (score == null && !item.appliesTo(unit.kind().code(), unit.leadRoles())) {
                        notApplicable.add(item.code());
                    } else if (score == null) {
                        notEvaluated.add(item.code());
                    } else {
                        points = points.add(score.points());
                        groupEvaluated = groupEvaluated.add(score.maxPoints());
                        score.unconfirmed().forEach(u -> unconfirmed.add(u.of(item.code())));
                    }
                }
                groups.add(new IndexScore.GroupScore(group.code(), group.name(), points, groupEvaluated, group.maxPoints().value(),
                        group.maxPoints().status().code()));
                total = total.add(points);
                evaluatedMax = evaluatedMax.add(groupEvaluated);
                max = max.add(group.maxPoints().value());
            }
            if (evaluatedMax.signum() == 0) {
                continue; // nothing of this index in the snapshot
            }
            var grade = notEvaluated.isEmpty() && notApplicable.isEmpty() ? index.gradeOf(total) : java.util.Optional.<IndexDefinition.Grade>empty();
            grade.filter(g -> g.status() != Status.CONFIRMED)
                    .ifPresent(g -> unconfirmed.add(new Unconfirmed(null, null, "grade", g.status(), g.name().en())));
            indices.add(new IndexScore(index.code(), index.name(), total, evaluatedMax, max, grade.map(IndexDefinition.Grade::name).orElse(null),
                    grade.map(g -> g.status().code()).orElse(null), groups, notEvaluated, unconfirmed, List.of(), notApplicable, null));
        }
        return indices;
    }

    /** An index on a survey, in percent, with each group's figure, when the index could be computed. */
    private static java.util.Optional<IndexScore> survey(IndexDefinition index, Map<String, Section> sections,
                                                         Map<String, List<SurveyFigure>> figures) {
        Section figure = sections.get(index.survey());
        if (figure == null || !figure.judgeable()) {
            return java.util.Optional.empty();
        }
        List<IndexScore.GroupScore> groups = new ArrayList<>();
        for (IndexDefinition.Group group : index.groups()) {
            sections.get(group.measure()).facts().stream().map(f -> (io.github.parsipas.facts.SurveyScore) f).findFirst()
                    .ifPresent(s -> groups.add(new IndexScore.GroupScore(group.code(), group.name(), s.percent(), BigDecimal.valueOf(100),
                            group.maxPoints().value(), group.maxPoints().status().code())));
        }
        var score = (io.github.parsipas.facts.SurveyScore) figure.facts().get(0);
        return java.util.Optional.of(new IndexScore(index.code(), index.name(), score.percent(), BigDecimal.valueOf(100), BigDecimal.valueOf(100),
                null, null, groups, List.of(), index.unconfirmed().stream().map(how -> Unconfirmed.noted("figures", how)).toList(), figures.getOrDefault(index.survey(), List.of()), List.of(), null));
    }

    /**
     * One line per area that has criteria, for each index by areas: points over what was scored (criteria and
     * the survey share the snapshot gives), with what was not.
     */
    static List<AreaScore> areas(Methodology methodology, List<CriterionScore> scores, Snapshot snapshot,
                                 java.util.function.Function<Pack, String> versions) {
        Map<String, CriterionScore> scored = scores.stream().collect(Collectors.toMap(CriterionScore::code, s -> s));
        List<AreaScore> areas = new ArrayList<>();
        for (Pack pack : methodology.packs()) {
            java.util.Optional<BigDecimal> surveyPercent = java.util.Optional.ofNullable(pack.areaSurvey()).map(snapshot.values()::get);
            // Only what the unit is asked: a criterion not asked of its kind (or roles) is not "not scored".
            Map<Integer, List<Item>> criteriaByArea = new TreeMap<>(pack.items().stream()
                    .filter(i -> i.kind() == Item.Kind.CRITERION && i.area() != null)
                    .filter(i -> i.appliesTo(snapshot.unit().kind().code(), snapshot.unit().leadRoles()))
                    .collect(Collectors.groupingBy(Item::area)));
            criteriaByArea.forEach((number, criteria) -> {
                if (criteria.stream().anyMatch(c -> scored.containsKey(c.code()))) {
                    areas.add(area(methodology, pack, versions.apply(pack), pack.area(number).orElseThrow(), criteria, scored, surveyPercent,
                            pack.officialFor().isEmpty() || pack.officialFor().contains(snapshot.unit().kind().code())));
                }
                // else nothing of this area in the snapshot: its items say why (cannot evaluate or not asked)
            });
        }
        return areas;
    }

    private static AreaScore area(Methodology methodology, Pack pack, String version, Area area, List<Item> criteria,
                                  Map<String, CriterionScore> scored, java.util.Optional<BigDecimal> surveyPercent, boolean official) {
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal evaluatedMax = BigDecimal.ZERO;
        List<String> notEvaluated = new ArrayList<>();
        List<Unconfirmed> unconfirmed = new ArrayList<>();
        Status maxStatus = Methodology.status(pack, area.maxPoints(), version);
        if (maxStatus != Status.CONFIRMED) {
            unconfirmed.add(Unconfirmed.of("maxPoints", maxStatus));
        }
        for (Item criterion : criteria) {
            CriterionScore score = scored.get(criterion.code());
            if (score == null) {
                notEvaluated.add(criterion.code());
                continue;
            }
            points = points.add(score.points());
            evaluatedMax = evaluatedMax.add(score.maxPoints());
            score.unconfirmed().forEach(u -> unconfirmed.add(u.of(criterion.code())));
        }
        BigDecimal surveyMax = Methodology.surveyPoints(area);
        BigDecimal survey = null;
        if (surveyMax.signum() > 0) {
            if (surveyPercent.isPresent()) {
                survey = surveyMax.multiply(surveyPercent.get()).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
                points = points.add(survey);
                evaluatedMax = evaluatedMax.add(surveyMax);
                unconfirmed.add(Unconfirmed.of("surveyPoints", Methodology.status(pack, area.surveyPoints(), version)));
            } else {
                notEvaluated.add("survey");
            }
        }
        return new AreaScore(area.number(), area.name(), points, survey, evaluatedMax, area.maxPoints().value(),
                // the area's lead is the pack's mapping (III.2), not whoever leads its first criterion
                methodology.leadOfArea(pack, area.number()).orElse(null), methodology.areaLeadStatus(pack), notEvaluated, unconfirmed,
                official);
    }
}
