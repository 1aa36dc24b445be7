package io.github.parsipas.methodology;

import java.util.List;
import java.util.Map;

/**
 * A versioned methodology pack: the items of one scoring method or plan, with their sources.
 *
 * @param versions   for an official method, its versions by assessment year (empty for a plan)
 * @param parameters values every item of the pack uses (an item's own parameter of the same name wins)
 * @param index      for a pack that is an index with groups and grades (the 766 index), their definition
 * @param grades     for the PAR Index, its groups by percentage (A, B, C, below C)
 * @param messages   texts every item of the pack may use (an item's own text of the same key wins)
 * @param requires   a snapshot section without which the pack is not evaluated at all (e.g. {@code service766}):
 *                   a unit that reports no 766 counts is not told, indicator by indicator, that it has none
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
}
