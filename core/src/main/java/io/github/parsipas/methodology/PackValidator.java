package io.github.parsipas.methodology;

import io.github.parsipas.snapshot.UnitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
                checks(problems, where, pack, item);
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
            messages(problems, pack.id() + ": ", pack.messages());
            pack.items().forEach(item -> messages(problems, pack.id() + " item " + item.code() + ": ", item.messages()));
            pack.parameters().forEach((name, p) -> checkValues(problems, pack.id() + " parameter " + name, p));
            pack.items().forEach(item -> item.parameters().forEach((name, p) -> checkValues(problems, pack.id() + " item " + item.code() + " parameter " + name, p)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("methodology packs are invalid:\n  " + String.join("\n  ", problems));
        }
    }

    /** Each check complete, and a criterion scored once, by bands unless a check says otherwise. */
    private static void checks(List<String> problems, String where, Pack pack, Item item) {
        long scoring = item.checks().stream().filter(c -> c.scheme() != null && c.scheme().scores()).count();
        if (item.kind() == Item.Kind.CRITERION ? scoring > 1 : scoring > 0) {
            problems.add(where + (item.kind() == Item.Kind.CRITERION ? "a criterion is scored by one check" : "a target gives no points"));
        }
        Item.Check scored = item.scoring().orElse(null);
        if (item.kind() == Item.Kind.CRITERION && item.bands() == null
                && (scored == null || scored.scheme() == Scheme.BANDS || scored.scheme() == Scheme.MET)) {
            problems.add(where + "a criterion scored on bands needs bands");
        }
        if (item.checks().stream().map(Item.Check::rule).distinct().count() < item.checks().size()) {
            problems.add(where + "two checks say the same rule; each needs its own, for traces and audits");
        }
        for (Item.Check check : item.checks()) {
            String at = where + "check " + (check.scheme() == null ? "?" : check.scheme().code()) + ": ";
            if (check.scheme() == null || check.rule() == null || check.rule().isBlank() || check.measure() == null) {
                problems.add(at + "scheme, rule and measure (or an input) are required");
                continue;
            }
            if (check.scheme().needsParameter() && (check.parameter() == null
                    || !item.parameters().containsKey(check.parameter()) && !pack.parameters().containsKey(check.parameter()))) {
                problems.add(at + "needs a parameter of the item or its pack, found " + check.parameter());
            }
            if (check.scheme().countsOne() && check.count() == null) {
                problems.add(at + "needs the count it judges");
            }
            if (check.scheme() == Scheme.TRAJECTORY && item.deadline() == null) {
                problems.add(at + "a trajectory needs the item's deadline");
            }
            for (String key : check.messages(item.deadline() != null)) {
                if (!item.messages().containsKey(key) && !pack.messages().containsKey(key)) {
                    problems.add(at + "no message \"" + key + "\" in the item or its pack");
                }
            }
        }
    }

    /** Every message parses, and names the same values in Vietnamese and English. */
    private static void messages(List<String> problems, String where, Map<String, Text> messages) {
        messages.forEach((key, text) -> {
            try {
                if (!Set.copyOf(Template.parse(text.vi()).names()).equals(Set.copyOf(Template.parse(text.en()).names()))) {
                    problems.add(where + "message " + key + " names different values in vi and en");
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + "message " + key + ": " + e.getMessage());
            }
        });
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
