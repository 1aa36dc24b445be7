package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A {@link Pack} as its YAML file declares it. */
record PackFile(
        String id,
        String version,
        java.time.@Nullable LocalDate inForceFrom,
        @Nullable String confirmedFor,
        List<String> officialFor,
        @Nullable Text contributionNote,
        Text title,
        Citation document,
        List<MethodVersion> versions,
        Map<String, Parameter> parameters,
        @Nullable IndexDefinition index,
        @Nullable IndexDefinition areaIndex,
        List<IndexDefinition.Grade> grades,
        Map<String, Text> messages,
        @Nullable String requires,
        @Nullable AreaLeads areaLeads,
        List<Area> areas,
        @Nullable String areasOf,
        @Nullable String areaSurvey,
        @Nullable Forecast forecast,
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
