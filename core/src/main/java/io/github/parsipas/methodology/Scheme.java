package io.github.parsipas.methodology;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a typical criterion or target is judged. Each scheme has one generic rule in the engine, so a pack
 * item that names its schemes in {@code checks} needs no rule of its own. The defaults below (which
 * parameter a scheme compares with, which message it writes) are the only place these names are tied
 * to a scheme; a check may name others.
 */
public enum Scheme {
    /** Points: a share of the maximum by rate bands. */
    BANDS("bands", true, null, "deduction"),
    /** Points: full at parameter {@code target}, in proportion below it. */
    PRO_RATA("proRata", true, "target", "deduction"),
    /** Points: the maximum times the rate. */
    LINEAR("linear", true, null, "deduction"),
    /** Points by the item's bands on whether a count reaches the check's parameter (met or not). */
    MET("met", true, null, "deduction"),
    /** Points: the maximum less parameter {@code perViolation} for each case counted. */
    VIOLATIONS("violations", true, "perViolation", "deduction"),
    /** Warning: a rate below the parameter; with a deadline, at risk before it and missed after it. */
    BELOW("below", false, "minRate", "below"),
    /** Warning: at the recent pace the rate falls short of the parameter by the item's deadline. */
    TRAJECTORY("trajectory", false, "minRate", "trajectory"),
    /** Warning: something due (a task, report, deliverable, document) overdue or approaching. */
    DUE("due", false, null, "overdue", "approaching"),
    /** Note: done, but after its due date. */
    DONE_LATE("doneLate", false, null, "doneLate"),
    /** Warning: a weakness of 2024 recurs: a rate short of 100%, counted as what is missing. */
    RECURS("recurs", false, null, "recurs"),
    /** Warning: a count that should be zero is not. */
    CASES("cases", false, null, "cases"),
    /** Warning: a count below the parameter. */
    FEWER_THAN("fewerThan", false, null, "none"),
    /** Warning: a value reported as such (not computed from counts) below the parameter. */
    VALUE_BELOW("valueBelow", false, null, "below"),
    /** Warning: a survey figure with enough respondents ({@link #SURVEY_THIN}'s parameter) below the parameter. */
    SURVEY_BELOW("surveyBelow", false, null, "below"),
    /** Warning: a survey figure resting on fewer respondents than the parameter: not reliable. */
    SURVEY_THIN("surveyThin", false, "minRespondents", "thin");

    /** The messages a deadline-bound {@link #BELOW} writes before and after its deadline. */
    public static final String AT_RISK = "atRisk";
    public static final String MISSED = "missed";

    private final String code;
    private final boolean scores;
    private final @Nullable String defaultParameter;
    private final List<String> messages;

    Scheme(String code, boolean scores, @Nullable String defaultParameter, String... messages) {
        this.code = code;
        this.scores = scores;
        this.defaultParameter = defaultParameter;
        this.messages = List.of(messages);
    }

    /** The spelling used in packs. */
    @JsonValue
    public String code() {
        return code;
    }

    /** True for the schemes that give points (a criterion's); the others give warnings or notes (a target's). */
    public boolean scores() {
        return scores;
    }

    /** The parameter compared with when a check names none, or {@code null}. */
    public @Nullable String defaultParameter() {
        return defaultParameter;
    }

    /** The message keys the scheme writes when a check names none; {@link #DUE} writes one of two. */
    public List<String> messages() {
        return messages;
    }

    /** True when the scheme compares with a parameter, so a check of it must have one. */
    public boolean needsParameter() {
        return defaultParameter != null || this == MET || this == FEWER_THAN || this == VALUE_BELOW || this == SURVEY_BELOW;
    }

    /** True for the schemes that score a share: bands, pro rata, linear. */
    public boolean scoresShare() {
        return this == BANDS || this == PRO_RATA || this == LINEAR;
    }

    /** True when the scheme judges one count of a count group, named by the check's {@code count}. */
    public boolean countsOne() {
        return this == MET || this == VIOLATIONS || this == CASES || this == FEWER_THAN;
    }
}
