package io.github.parsipas.internal;

import io.github.parsipas.facts.SurveyScore;
import io.github.parsipas.report.SurveyFigure;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotLayout;
import io.github.parsipas.snapshot.Survey;
import io.github.parsipas.snapshot.SurveyInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * SIPAS figures from answer counts. A question's satisfaction is the share of answers in the top
 * {@code satisfiedLevels} levels; an element, a policy group or a part is the mean of what it is made
 * of; the index is the mean of the two parts (provisional readings of Decision 1001/QĐ-BNV; the scale is the pack's).
 * A figure resting on a question nobody answered is not computed.
 */
final class SurveyScores {

    private static final int SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The scale of the survey: how many answer levels, and how many of the top ones count as satisfied. */
    record Scale(int levels, int satisfiedLevels) {
    }

    private SurveyScores() {
    }

    /**
     * Section name → score, for every figure of the survey that can be computed: each element
     * ({@code sipas.service.access}), the parts ({@code sipas.service}, {@code sipas.policy}) and the index ({@code sipas}).
     */
    static Map<String, Optional<SurveyScore>> of(SurveyInput declared, Survey survey, Scale scale) {
        String path = declared.path();
        Map<String, Optional<SurveyScore>> scores = new LinkedHashMap<>();
        List<Optional<SurveyScore>> elements = new ArrayList<>();
        for (String element : declared.elements()) {
            List<Survey.Question> questions = survey.elements().get(element);
            if (questions != null) {
                String section = path + ".service." + element;
                Optional<SurveyScore> score = mean(section, "element", element, "$." + section, questions, scale);
                scores.put(section, score);
                elements.add(score);
            }
        }
        Optional<SurveyScore> service = elements.size() == declared.elements().size() && elements.stream().allMatch(Optional::isPresent)
                ? Optional.of(meanOf(path + ".service", "part", "service", "$." + path + ".service", elements.stream().map(Optional::get).toList()))
                : Optional.empty();
        if (!survey.elements().isEmpty()) {
            scores.put(path + ".service", service);
        }
        Optional<SurveyScore> policy = Optional.empty();
        if (survey.policy() != null) {
            List<Optional<SurveyScore>> groups = survey.policy().stream()
                    .map(g -> mean(g.path(), "group", g.code(), g.path(), g.questions(), scale)).toList();
            policy = groups.stream().allMatch(Optional::isPresent)
                    ? Optional.of(meanOf(path + ".policy", "part", "policy", "$." + path + ".policy", groups.stream().map(Optional::get).toList()))
                    : Optional.empty();
            scores.put(path + ".policy", policy);
        }
        if (service.isPresent() && policy.isPresent()) {
            scores.put(path, Optional.of(meanOf(path, "index", path, "$." + path, List.of(policy.get(), service.get()))));
        }
        return scores;
    }

    /** The mean satisfaction of some questions, or empty when one of them has no answer. */
    private static Optional<SurveyScore> mean(String measure, String level, String code, String path, List<Survey.Question> questions, Scale scale) {
        List<SurveyScore> scores = new ArrayList<>();
        for (Survey.Question question : questions) {
            Optional<SurveyScore> score = question(question, scale);
            if (score.isEmpty()) {
                return Optional.empty();
            }
            scores.add(score.get());
        }
        return Optional.of(meanOf(measure, level, code, path, scores));
    }

    /** A question's share of satisfied answers, or empty when nobody answered it. */
    private static Optional<SurveyScore> question(Survey.Question question, Scale scale) {
        long all = question.respondents();
        if (all == 0) {
            return Optional.empty();
        }
        long satisfied = question.answers().subList(scale.levels() - scale.satisfiedLevels(), scale.levels())
                .stream().mapToLong(Long::longValue).sum();
        return Optional.of(new SurveyScore(question.path(), "question", question.code(),
                BigDecimal.valueOf(satisfied).multiply(HUNDRED).divide(BigDecimal.valueOf(all), SCALE, RoundingMode.HALF_UP),
                all, question.path()));
    }

    /**
     * Every question's figure, element by element, then each policy group followed by its questions: what the
     * index rests on, for readers who act on one question. None when a question has no answer (there is no index then).
     */
    static List<SurveyFigure> figures(SurveyInput declared, Survey survey, Scale scale) {
        List<SurveyFigure> figures = new ArrayList<>();
        for (String element : declared.elements()) {
            for (Survey.Question question : survey.elements().getOrDefault(element, List.of())) {
                figures.add(figure(question, element, scale));
            }
        }
        for (Survey.PolicyGroup group : survey.policy() == null ? List.<Survey.PolicyGroup>of() : survey.policy()) {
            List<SurveyFigure> questions = group.questions().stream().map(q -> figure(q, group.code(), scale)).toList();
            figures.add(new SurveyFigure(group.path(), "group", group.code(), group.name(), null,
                    mean(group.path(), "group", group.code(), group.path(), group.questions(), scale).map(SurveyScore::exactPercent).orElse(null),
                    questions.stream().mapToLong(SurveyFigure::respondents).min().orElse(0)));
            figures.addAll(questions);
        }
        return figures.stream().allMatch(f -> f.percent() != null) ? figures : List.of();
    }

    /** Survey path → its figures, for every survey the snapshot answers and a scale can read. */
    static Map<String, List<SurveyFigure>> figures(Snapshot snapshot, SnapshotLayout layout, Function<SurveyInput, Optional<Scale>> scales) {
        Map<String, List<SurveyFigure>> figures = new LinkedHashMap<>();
        for (SurveyInput declared : layout.surveys()) {
            Survey answers = snapshot.surveys().get(declared.path());
            scales.apply(declared).filter(scale -> answers != null)
                    .ifPresent(scale -> figures.put(declared.path(), figures(declared, answers, scale)));
        }
        return figures;
    }

    private static SurveyFigure figure(Survey.Question question, String within, Scale scale) {
        return new SurveyFigure(question.path(), "question", question.code(), question.name(), within,
                question(question, scale).map(SurveyScore::exactPercent).orElse(null), question.respondents());
    }

    private static SurveyScore meanOf(String measure, String level, String code, String path, List<SurveyScore> parts) {
        BigDecimal sum = parts.stream().map(SurveyScore::exactPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        long respondents = parts.stream().mapToLong(SurveyScore::respondents).min().orElse(0);
        return new SurveyScore(measure, level, code, sum.divide(BigDecimal.valueOf(parts.size()), SCALE, RoundingMode.HALF_UP), respondents, path);
    }
}
