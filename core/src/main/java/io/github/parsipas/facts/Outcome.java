package io.github.parsipas.facts;

import org.jspecify.annotations.Nullable;


/**
 * Where rules put what they conclude (the DRL global {@code outcome}). Rules decide <em>when</em>; the
 * engine's implementation turns each call into scores and findings, with the texts, citation and lead
 * agency of the item's pack. Part of the contract between DRL and engine, not an API for callers.
 */
public interface Outcome {

    /** Scores a criterion on a share by its scheme (bands, pro rata or linear). */
    void score(Check check, Share share);

    /** Scores a criterion whose rate has nothing to divide by, as its check says: full points or none. */
    void scoreNone(Check check, Counts counts);

    /** Scores a criterion met (full points by its bands) when a count reaches the check's parameter. */
    void scoreMet(Check check, Counts counts);

    /** Scores the maximum less the check's parameter for each case counted, never below zero. */
    void scoreViolations(Check check, Counts counts);

    /** Scores a criterion on {@code part} of {@code whole} (e.g. tasks done on time of tasks due); nothing when none is due. */
    void scoreShare(Requirement criterion, long part, long whole, String path);

    /** A rate short of the check's parameter: a warning (at risk or missed when the item has a deadline). */
    void warn(Check check, Rate rate);

    /** At the recent pace the check's parameter is out of reach by the item's deadline. */
    void trajectory(Check check, Trend trend);

    /** Something due is overdue or approaching. */
    void deadline(Check check, Deadline deadline);

    /** Something due was done after its due date: a note. */
    void doneLate(Check check, Deadline deadline);

    /** A 2024 weakness recurs: the rate's shortfall, counted. */
    void recurs(Check check, Rate rate);

    /** A count of the check's group that should not be there, or too few of something. */
    void counted(Check check, Counts counts);

    /** A value reported as such below the check's parameter. */
    void below(Check check, Value value);

    /** A value judged by a rule of its own against {@code parameter}: message {@code key}; a warning, or else a note. */
    void value(Requirement requirement, String key, Value value, @Nullable String parameter, boolean warning);

    /** A survey figure below the check's threshold, or resting on too few respondents. */
    void survey(Check check, SurveyScore score);

    /** A survey figure judged by a rule of its own: message {@code key}, compared with {@code parameter} (or none). */
    void survey(Requirement requirement, String key, SurveyScore score, @Nullable String parameter);

    /** A weakness of 2024 recurs: {@code count} of {@code total} items late or wrong. */
    void weakness(Requirement weakness, long count, long total, String path);
}
