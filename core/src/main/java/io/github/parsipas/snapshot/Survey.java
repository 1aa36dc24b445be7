package io.github.parsipas.snapshot;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * SIPAS survey answers (Decision 1001/QĐ-BNV): answer counts per question, level 1 (least satisfied)
 * first, for the five service elements and for the policy groups.
 *
 * @param elements the service elements present, by key (those of its {@link SurveyInput})
 * @param policy   the policy groups, or {@code null} when the survey has no policy part
 */
public record Survey(Map<String, List<Question>> elements, @Nullable List<PolicyGroup> policy) {


    /** One question (indicator) with the number of answers at each level of the scale. */
    public record Question(String code, String name, List<Long> answers, String path) {
        public Question {
            answers = List.copyOf(answers);
        }

        public long respondents() {
            return answers.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A policy group (e.g. education, health) with its questions. */
    public record PolicyGroup(String code, String name, List<Question> questions, String path) {
        public PolicyGroup {
            questions = List.copyOf(questions);
        }
    }
}
