package io.github.parsipas.methodology;

import java.util.List;

/**
 * A versioned methodology pack: the items of one scoring method or plan, with their sources.
 *
 * @param versions for an official method, its versions by assessment year (empty for a plan)
 */
public record Pack(
        String id,
        String version,
        Text title,
        Citation document,
        List<MethodVersion> versions,
        AreaLeads areaLeads,
        List<Area> areas,
        List<Item> items) {

    public Pack {
        versions = versions == null ? List.of() : List.copyOf(versions);
        areas = areas == null ? List.of() : List.copyOf(areas);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
