package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import java.util.List;
import java.util.Map;

/** A {@link Pack} as its YAML file declares it. */
record PackFile(
        String id,
        String version,
        java.time.LocalDate inForceFrom,
        String confirmedFor,
        List<String> officialFor,
        Text contributionNote,
        Text title,
        Citation document,
        List<MethodVersion> versions,
        Map<String, Parameter> parameters,
        IndexDefinition index,
        IndexDefinition areaIndex,
        List<IndexDefinition.Grade> grades,
        Map<String, Text> messages,
        String requires,
        AreaLeads areaLeads,
        List<Area> areas,
        String areasOf,
        String areaSurvey,
        Forecast forecast,
        List<Item> items) implements Pack {

    PackFile {
        officialFor = officialFor == null ? List.of() : List.copyOf(officialFor);
        versions = versions == null ? List.of() : List.copyOf(versions);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
        grades = grades == null ? List.of()
                : grades.stream().sorted(java.util.Comparator.comparing(IndexDefinition.Grade::atLeast).reversed()).toList();
        areas = areas == null ? List.of() : List.copyOf(areas);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The same pack with other areas and items (official values in place of provisional ones). */
    PackFile with(List<Area> areas, List<Item> items) {
        return new PackFile(id, version, inForceFrom, confirmedFor, officialFor, contributionNote, title, document, versions, parameters, index, areaIndex, grades, messages, requires, areaLeads,
                areas, areasOf, areaSurvey, forecast, items);
    }
}
