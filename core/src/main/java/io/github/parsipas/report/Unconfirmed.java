package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.parsipas.methodology.Status;
import org.jspecify.annotations.Nullable;

/**
 * A value behind a number that is not confirmed for the method version in use: which value, how sure it is, and
 * whose it is when a total lists its parts' ({@code area} 3, criterion {@code PAR-3.3}). A value that is not
 * confirmed for another reason (a yearly criterion on one period's data, a forecast from part of the areas) has a
 * {@code note} instead of a status.
 *
 * @param area      the area it belongs to, in a forecast listing its areas' values; else {@code null}
 * @param criterion the criterion it belongs to, in an area or an index listing its criteria's values; else {@code null}
 * @param value     which value: {@code item} (how it is scored), {@code maxPoints}, {@code bands}, a parameter's name,
 *                  {@code deadline}, {@code surveyPoints}, {@code grade}, {@code group}, {@code basis}, {@code percent}, …
 * @param status    how sure it is, or {@code null} when {@code note} says why it is not confirmed
 * @param note      why, in English, when there is no status (or which grade); else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Unconfirmed(@Nullable Integer area, @Nullable String criterion, String value, @Nullable Status status, @Nullable String note) {

    public static Unconfirmed of(String value, Status status) {
        return new Unconfirmed(null, null, value, status, null);
    }

    public static Unconfirmed noted(String value, String note) {
        return new Unconfirmed(null, null, value, null, note);
    }

    /** The same value, listed by a total as its criterion's. */
    public Unconfirmed of(String criterion) {
        return new Unconfirmed(area, criterion, value, status, note);
    }

    /** The same value, listed by a forecast as its area's. */
    public Unconfirmed inArea(int area) {
        return new Unconfirmed(area, criterion, value, status, note);
    }
}
