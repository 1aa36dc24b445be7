package io.github.parsipas.methodology;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned methodology pack: the items of one scoring method or plan, with their sources, and what is
 * particular to its index.
 *
 * @param versions   for an official method, its versions by assessment year (empty for a plan)
 * @param parameters values every item of the pack uses (an item's own parameter of the same name wins)
 * @param index      for a pack that is an index with groups and grades (the 766 index, SIPAS), their definition
 * @param grades     for an index by areas (the PAR Index), its groups by percentage (A, B, C, below C)
 * @param messages   texts every item of the pack may use (an item's own text of the same key wins)
 * @param requires   a snapshot section without which the pack is not evaluated at all (e.g. {@code service766}):
 *                   a unit that reports no 766 counts is not told, indicator by indicator, that it has none
 * @param areas      for an index by areas, its areas; each criterion names its area
 * @param areasOf    the pack whose areas (and area leads) this pack's items name, when not its own: a plan
 *                   organised by the areas of an index
 * @param areaSurvey for an index by areas, the value (a percentage) of which each area earns its survey points
 * @param forecast   for an index by areas, the forecast the report gives for some kinds of unit
 */
public record Pack(
        String id,
        String version,
        Text title,
        Citation document,
        List<MethodVersion> versions,
        Map<String, Parameter> parameters,
        IndexDefinition index,
        List<IndexDefinition.Grade> grades,
        Map<String, Text> messages,
        String requires,
        AreaLeads areaLeads,
        List<Area> areas,
        String areasOf,
        String areaSurvey,
        Forecast forecast,
        List<Item> items) {

    public Pack {
        versions = versions == null ? List.of() : List.copyOf(versions);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
        grades = grades == null ? List.of()
                : grades.stream().sorted(java.util.Comparator.comparing(IndexDefinition.Grade::atLeast).reversed()).toList();
        areas = areas == null ? List.of() : List.copyOf(areas);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * The index projected from what a snapshot scored, for units of the listed kinds: the percentage of the
     * points scored, its grade, and its distance to the reference cut-offs (pack parameters).
     *
     * @param unitKinds  the kinds of unit the forecast is given for, e.g. {@code [city]}
     * @param cutoffLow  the parameter holding the lower reference cut-off, or {@code null}
     * @param cutoffHigh the parameter holding the upper one, or {@code null}
     */
    public record Forecast(List<String> unitKinds, String cutoffLow, String cutoffHigh) {
        public Forecast {
            unitKinds = List.copyOf(unitKinds);
        }
    }

    public Optional<Area> area(int number) {
        return areas.stream().filter(a -> a.number() == number).findFirst();
    }

    /** The same pack with other areas and items (official values in place of provisional ones). */
    Pack with(List<Area> areas, List<Item> items) {
        return new Pack(id, version, title, document, versions, parameters, index, grades, messages, requires, areaLeads,
                areas, areasOf, areaSurvey, forecast, items);
    }
}
