package io.github.parsipas.methodology;

import java.util.List;
import java.util.Map;

/**
 * A versioned methodology pack: the items of one scoring method or plan, with their sources.
 *
 * @param versions   for an official method, its versions by assessment year (empty for a plan)
 * @param parameters values every item of the pack uses (an item's own parameter of the same name wins)
 */
public record Pack(
        String id,
        String version,
        Text title,
        Citation document,
        List<MethodVersion> versions,
        Map<String, Parameter> parameters,
        AreaLeads areaLeads,
        List<Area> areas,
        List<Item> items) {

    public Pack {
        versions = versions == null ? List.of() : List.copyOf(versions);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        areas = areas == null ? List.of() : List.copyOf(areas);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
