package io.github.parsipas.methodology;

import io.github.parsipas.snapshot.UnitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Refuses a pack with an item that lacks what every finding must carry: names, source, lead, status. */
final class PackValidator {

    private PackValidator() {
    }

    static void validate(Methodology methodology) {
        List<String> problems = new ArrayList<>();
        for (Pack pack : methodology.packs()) {
            for (Item item : pack.items()) {
                String where = pack.id() + " item " + item.code() + ": ";
                if (item.kind() == null || item.name() == null || item.status() == null) {
                    problems.add(where + "kind, name and status are required");
                }
                if (item.source() == null || isPlaceholder(item.source().document()) || isPlaceholder(item.source().section())) {
                    problems.add(where + "source needs a document and a section");
                }
                if (methodology.leadOf(item).isEmpty()) {
                    problems.add(where + "no lead agency (set lead, or an area with a lead)");
                }
                if (item.appliesTo().isEmpty() || item.appliesTo().stream().anyMatch(k -> UnitKind.fromCode(k).isEmpty())) {
                    problems.add(where + "appliesTo must list unit kinds among city, department, ward-commune");
                }
                if (!methodology.agencies().keySet().containsAll(item.roles())) {
                    problems.add(where + "roles must be agency codes, one of " + methodology.agencies().keySet());
                }
                if (item.inputs().contains("deliverables") && item.deadline() == null) {
                    problems.add(where + "a deliverable needs a deadline");
                }
                if (item.inputs().contains("reports") && item.schedule() == null) {
                    problems.add(where + "a periodic report needs a schedule");
                }
                if (item.kind() == Item.Kind.CRITERION && (item.maxPoints() == null || (item.area() == null) == (item.group() == null))) {
                    problems.add(where + "a criterion needs maxPoints and either a PAR area or an index group");
                }
                if (item.group() != null && (pack.index() == null
                        || pack.index().groups().stream().noneMatch(g -> g.code().equals(item.group())))) {
                    problems.add(where + "group " + item.group() + " is not a group of the pack's index");
                }
                if ("proRata".equals(item.scheme()) && !item.parameters().containsKey("target")) {
                    problems.add(where + "a pro-rata criterion needs a target parameter");
                }
                if ((item.scheme() == null || "bands".equals(item.scheme())) && item.kind() == Item.Kind.CRITERION && item.bands() == null) {
                    problems.add(where + "a criterion scored on bands needs bands");
                }
                if (item.recommendation() == null) {
                    problems.add(where + "recommendation is required");
                }
            }
        }
        for (Pack pack : methodology.packs()) {
            if (!pack.areas().isEmpty()) {
                java.math.BigDecimal total = pack.areas().stream().map(a -> a.maxPoints().value())
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                if (total.compareTo(java.math.BigDecimal.valueOf(100)) != 0) {
                    problems.add(pack.id() + ": area maxima add up to " + total.toPlainString() + ", the index has 100 points");
                }
            }
            pack.parameters().forEach((name, p) -> checkValues(problems, pack.id() + " parameter " + name, p));
            pack.items().forEach(item -> item.parameters().forEach((name, p) -> checkValues(problems, pack.id() + " item " + item.code() + " parameter " + name, p)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("methodology packs are invalid:\n  " + String.join("\n  ", problems));
        }
    }

    private static void checkValues(List<String> problems, String where, Parameter parameter) {
        parameter.values().stream().filter(v -> (v.from() == null) == (v.version() == null)).findFirst()
                .ifPresent(v -> problems.add(where + ": each value needs exactly one of from (a date) or version"));
    }

    static boolean isPlaceholder(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.contains("todo") || t.equals("tbd") || t.equals("?") || t.contains("fixme");
    }
}
