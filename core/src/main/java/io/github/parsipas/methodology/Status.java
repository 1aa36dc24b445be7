package io.github.parsipas.methodology;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How sure we are of a number: stated by a public source for the method version in use, computed from
 * stated ones, fitted to an official system's published scores, stated for an earlier version and carried
 * over until the new one is published, or our best reading.
 */
public enum Status {
    CONFIRMED,
    INFERRED,
    /** Fitted by a third party to the scores an official system publishes: stronger than provisional, weaker than confirmed. */
    FITTED,
    /** Confirmed for an earlier version of the method, applied to a later one whose value is not yet public. */
    CARRIED_OVER,
    PROVISIONAL;

    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-'); // asked for every value behind every finding

    @JsonValue
    public String code() {
        return code;
    }

    /** The status for people, e.g. {@code tạm tính} or {@code provisional} (messages {@code status.*}). */
    public String label(Language language) {
        return Messages.get("status." + code, language);
    }

    public Status weakest(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
