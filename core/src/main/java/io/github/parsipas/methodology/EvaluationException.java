package io.github.parsipas.methodology;

import org.jspecify.annotations.Nullable;


/**
 * An evaluation failed for a reason other than its input: a defect of a rule or pack, named here with the
 * rule and criterion where one was running. The one failure type of the engine: a failing rule is reported
 * with it from inside, and the evaluation adds the unit. Bad input is {@link io.github.parsipas.snapshot.InvalidInputException}
 * instead. No exception of the rule engine or the JSON library leaves the API; this one carries the cause.
 */
public class EvaluationException extends RuntimeException {

    private final @Nullable String rule;
    private final @Nullable String criterion;

    public EvaluationException(String message, @Nullable String rule, @Nullable String criterion, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.criterion = criterion;
    }

    /** The rule that failed, or {@code null} when none was running. */
    public @Nullable String rule() {
        return rule;
    }

    /** The criterion or target of that rule, or {@code null}. */
    public @Nullable String criterion() {
        return criterion;
    }
}
