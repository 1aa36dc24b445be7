package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.parsipas.methodology.Agency;
import io.github.parsipas.methodology.Citation;
import io.github.parsipas.text.Text;
import io.github.parsipas.snapshot.InputRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One problem an officer acts on: the findings that rest on the same input (a rate, a count, a task, a
 * published score), with what it misses, what it costs and what to do. Problems are ranked: points that
 * can be won back first, then the nearest deadline.
 *
 * @param rank              1 for what to do first
 * @param input             the input it rests on (its JSON path is {@link #path()})
 * @param scope             the field or group it concerns, or {@code all}
 * @param scopeName         that field's or group's name, when it has one
 * @param title             what it is about
 * @param measure           what the input shows, as numbers (in words: {@link #observed()})
 * @param misses            each requirement it misses: a PAR or 766 criterion, a plan target, a 2024 weakness
 * @param pointsLost        points lost over every index, or {@code null} when none
 * @param pointsRecoverable points that can be won back, or {@code null} when none
 * @param gap               how many more of the rate's part would meet its highest threshold missed, or {@code null}
 * @param earlier           the same rate at the snapshot's previous observation, or {@code null} when it has none
 * @param due               the nearest deadline among what it misses, or {@code null}
 * @param lead              the one lead agency: the plan's when the plan names one, else the criterion's
 * @param coordinating      the other agencies its findings name as lead, who work with the lead on it
 * @param action            what to do, in one sentence
 * @param message           what the leading finding says, e.g. which task is how late
 * @param source            the legal source of the leading requirement
 * @param proposeOnly       true when the unit can only propose what closes it, the city deciding
 * @param provisional       true when a value behind it is not confirmed
 * @param findings          the positions in {@link Report#findings()} of the findings it groups
 * @param wonBack           the points closing it would win back, per index ({@code PAR}, {@code 766}, …), found by
 *                          evaluating the snapshot again with the gap closed; {@code null} when not computed or
 *                          when the problem has no such change (a task, a published score)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rank", "path", "scope", "scopeName", "title", "observed", "misses"})
public record Problem(int rank, InputRef input, String scope, @Nullable Text scopeName, Text title, Measure measure,
                      List<Miss> misses, @Nullable BigDecimal pointsLost, @Nullable BigDecimal pointsRecoverable, @Nullable Long gap, @Nullable Earlier earlier, @Nullable LocalDate due, Agency lead, List<Agency> coordinating, Text action,
                      Text message, Citation source, boolean proposeOnly, boolean provisional, List<Integer> findings, @Nullable Map<String, BigDecimal> wonBack) {

    public Problem {
        misses = List.copyOf(misses);
        coordinating = List.copyOf(coordinating);
        findings = List.copyOf(findings);
        wonBack = wonBack == null ? null : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(wonBack));
        pointsLost = Points2.of(pointsLost);
        pointsRecoverable = Points2.of(pointsRecoverable);
    }

    /** The JSON path of the input it rests on, or {@code null} when none. */
    @JsonProperty("path")
    public String path() {
        return input == null ? null : input.path();
    }

    /** What the input shows, for people (English in the JSON, as for evidence). */
    @JsonProperty("observed")
    @JsonSerialize(using = Evidence.English.class)
    public Text observed() {
        return measure == null ? null : EvidenceText.observed(measure);
    }

    /** What closing it gains, to rank it: the points won back over every index, else the points its deductions recover. */
    public BigDecimal gain() {
        if (wonBack != null) {
            return wonBack.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return pointsRecoverable == null ? BigDecimal.ZERO : pointsRecoverable;
    }

    /** This problem at another rank, with the points closing it wins back. */
    public Problem ranked(int rank, @Nullable Map<String, BigDecimal> wonBack) {
        return new Problem(rank, input, scope, scopeName, title, measure, misses, pointsLost, pointsRecoverable, gap, earlier, due, lead, coordinating, action, message,
                source, proposeOnly, provisional, findings, wonBack);
    }

    /**
     * A requirement missed: its code, the kind of finding it gave, what it requires ({@code threshold}, in words
     * {@link #required()}), by when, and the points it costs.
     *
     * @param measure the measure its threshold was compared with (a deadline's wording depends on whether it was met late)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"code", "kind", "required", "due", "pointsLost", "threshold"})
    public record Miss(String code, FindingKind kind, @JsonIgnore Measure measure, @Nullable Threshold threshold, @Nullable LocalDate due, @Nullable BigDecimal pointsLost) {
        public Miss {
            pointsLost = Points2.of(pointsLost);
        }

        /** What it requires, for people; {@code null} when it rests on no input. */
        @JsonProperty("required")
        @JsonSerialize(using = Evidence.English.class)
        public Text required() {
            return threshold == null && measure == null ? null : EvidenceText.required(measure, threshold);
        }
    }

    /**
     * The rate as it stood on an earlier date ({@code previous} in the snapshot): the trend.
     *
     * @param change percentage points gained since (negative when it fell)
     */
    public record Earlier(LocalDate asOf, BigDecimal percent, BigDecimal change) {
    }
}
