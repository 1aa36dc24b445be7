package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A versioned methodology pack: the items of one scoring method or plan, with their sources, and what is
 * particular to its index. An interface, so the pack format can grow without breaking callers; the YAML
 * binds to {@code PackFile}.
 *
 * <ul>
 * <li>{@code inForceFrom}: the first day its items apply, e.g. the plan's date
 * <li>{@code confirmedFor}: the method version its confirmed values hold for
 * <li>{@code versions}: for an official method, its versions by assessment year (empty for a plan)
 * <li>{@code parameters}: values every item of the pack uses (an item's own parameter of the same name wins)
 * <li>{@code index}: for a pack that is an index with groups and grades (the 766 index, SIPAS), their definition
 * <li>{@code areaIndex}: for an index by areas (the PAR Index), its code, name and column in outputs
 * <li>{@code grades}: for an index by areas (the PAR Index), its groups by percentage (A, B, C, below C)
 * <li>{@code messages}: texts every item of the pack may use (an item's own text of the same key wins)
 * <li>{@code requires}: a snapshot section without which the pack is not evaluated at all (e.g. {@code service766}):
 *   a unit that reports no 766 counts is not told, indicator by indicator, that it has none
 * <li>{@code areas}: for an index by areas, its areas; each criterion names its area
 * <li>{@code areasOf}: the pack whose areas (and area leads) this pack's items name, when not its own: a plan
 *   organised by the areas of an index
 * <li>{@code areaSurvey}: for an index by areas, the value (a percentage) of which each area earns its survey points
 * <li>{@code forecast}: for an index by areas, the forecast the report gives for some kinds of unit
 * </ul>
 */
@JsonDeserialize(as = PackFile.class)
public sealed interface Pack permits PackFile {

    String id();

    String version();

    /**
     * For an official method with versions, the version its values marked confirmed are confirmed for: under
     * a later version they are carried over, not confirmed, until an official value replaces them.
     */
    @Nullable String confirmedFor();

    /**
     * The kinds of unit its method officially scores (empty: every kind). For another kind, its criteria
     * estimate the unit's contribution to the official score: its deductions use the message
     * {@code contribution} where there is one, its areas are marked unofficial, and {@code contributionNote}
     * heads the report.
     */
    List<String> officialFor();

    /** What a report for a unit the method does not officially score must say first, or {@code null}. */
    @Nullable Text contributionNote();

    /** The first day the pack's items apply ({@code null}: always); an earlier {@code asOf} is judged without them. */
    java.time.@Nullable LocalDate inForceFrom();

    Text title();

    Citation document();

    List<MethodVersion> versions();

    Map<String, Parameter> parameters();

    @Nullable IndexDefinition index();

    /** For an index by areas, how outputs name it (its code, name, column; its areas are the pack's), else {@code null}. */
    @Nullable IndexDefinition areaIndex();

    List<IndexDefinition.Grade> grades();

    Map<String, Text> messages();

    @Nullable String requires();

    @Nullable AreaLeads areaLeads();

    List<Area> areas();

    @Nullable String areasOf();

    @Nullable String areaSurvey();

    @Nullable Forecast forecast();

    List<Item> items();


    /**
     * The index projected from what a snapshot scored, for units of the listed kinds: the percentage of the
     * points scored, its grade, and its distance to the reference cut-offs (pack parameters).
     *
     * @param unitKinds   the kinds of unit the forecast is given for, e.g. {@code [city]}
     * @param cutoffLow   the parameter holding the lower reference cut-off, or {@code null}
     * @param cutoffHigh  the parameter holding the upper one, or {@code null}
     * @param minCoverage the parameter holding how many of the index's points must be scored for a group to be given
     * @param projection  the value where a snapshot gives its own projection of the index, shown beside the forecast
     * @param title       the forecast's heading in a report
     * @param declared    what the snapshot's own projection is, beside it
     * @param gap         what the distance to the cut-offs is
     * @param cutoffBasis how the cut-offs are known, when not confirmed (listed with what the forecast rests on)
     * @param declaredTolerance the parameter holding by how many points of 100 the forecast and the snapshot's own
     *                    projection may differ before the report names the criteria behind the difference, or {@code null}
     */
    public record Forecast(List<String> unitKinds, @Nullable String cutoffLow, @Nullable String cutoffHigh, @Nullable String minCoverage, @Nullable String projection,
                           Text title, @Nullable Text declared, @Nullable Text gap, @Nullable String cutoffBasis, @Nullable String declaredTolerance) {
        public Forecast {
            unitKinds = List.copyOf(unitKinds);
        }
    }

    default Optional<Area> area(int number) {
        return areas().stream().filter(a -> a.number() == number).findFirst();
    }

}
