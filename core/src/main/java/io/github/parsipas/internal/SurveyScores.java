package io.github.parsipas.internal;

import io.github.parsipas.facts.SurveyScore;
import io.github.parsipas.snapshot.Survey;
import io.github.parsipas.snapshot.SurveyInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            long all = question.respondents();
            if (all == 0) {
                return Optional.empty();
            }
            long satisfied = question.answers().subList(scale.levels() - scale.satisfiedLevels(), scale.levels())
                    .stream().mapToLong(Long::longValue).sum();
            scores.add(new SurveyScore(question.path(), "question", question.code(),
                    BigDecimal.valueOf(satisfied).multiply(HUNDRED).divide(BigDecimal.valueOf(all), SCALE, RoundingMode.HALF_UP),
                    all, question.path()));
        }
        return Optional.of(meanOf(measure, level, code, path, scores));
    }

    private static SurveyScore meanOf(String measure, String level, String code, String path, List<SurveyScore> parts) {
        BigDecimal sum = parts.stream().map(SurveyScore::exactPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        long respondents = parts.stream().mapToLong(SurveyScore::respondents).min().orElse(0);
        return new SurveyScore(measure, level, code, sum.divide(BigDecimal.valueOf(parts.size()), SCALE, RoundingMode.HALF_UP), respondents, path);
    }
}
