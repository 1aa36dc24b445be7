package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.parsipas.methodology.Agency;
import io.github.parsipas.methodology.Citation;
import io.github.parsipas.methodology.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One problem an officer acts on: the findings that rest on the same input (a rate, a count, a task, a
 * published score), with what it misses, what it costs and what to do. Problems are ranked: points that
 * can be won back first, then the nearest deadline.
 *
 * @param rank              1 for what to do first
 * @param path              the input it rests on (JSON path in the snapshot)
 * @param scope             the field or group it concerns, or {@code all}
 * @param scopeName         that field's or group's name, when it has one
 * @param title             what it is about
 * @param observed          what the input shows (English in the JSON, as for evidence)
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
public record Problem(int rank, String path, String scope, Text scopeName, Text title,
                      @JsonSerialize(using = Evidence.English.class) Text observed,
                      List<Miss> misses, BigDecimal pointsLost, BigDecimal pointsRecoverable, Long gap, Earlier earlier, LocalDate due, Agency lead, List<Agency> coordinating, Text action,
                      Text message, Citation source, boolean proposeOnly, boolean provisional, List<Integer> findings, Map<String, BigDecimal> wonBack) {

    public Problem {
        misses = List.copyOf(misses);
        coordinating = List.copyOf(coordinating);
        findings = List.copyOf(findings);
        wonBack = wonBack == null ? null : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(wonBack));
        pointsLost = Points2.of(pointsLost);
        pointsRecoverable = Points2.of(pointsRecoverable);
    }

    /** What closing it gains, to rank it: the points won back over every index, else the points its deductions recover. */
    public BigDecimal gain() {
        if (wonBack != null) {
            return wonBack.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return pointsRecoverable == null ? BigDecimal.ZERO : pointsRecoverable;
    }

    /** This problem at another rank, with the points closing it wins back. */
    public Problem ranked(int rank, Map<String, BigDecimal> wonBack) {
        return new Problem(rank, path, scope, scopeName, title, observed, misses, pointsLost, pointsRecoverable, gap, earlier, due, lead, coordinating, action, message,
                source, proposeOnly, provisional, findings, wonBack);
    }

    /** A requirement missed: its code, the kind of finding it gave, what it requires, by when, and the points it costs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Miss(String code, FindingKind kind, @JsonSerialize(using = Evidence.English.class) Text required, LocalDate due,
                       BigDecimal pointsLost) {
        public Miss {
            pointsLost = Points2.of(pointsLost);
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
