package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import io.github.parsipas.text.Template;
import io.github.parsipas.snapshot.SnapshotLayout;
import io.github.parsipas.snapshot.UnitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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
                if (!item.appliesTo().containsAll(item.proposes())) {
                    problems.add(where + "proposes must list unit kinds the item applies to");
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
                checks(problems, where, pack, item, methodology);
                if (item.area() != null && (pack.areasOf() != null && methodology.packs().stream().noneMatch(p -> p.id().equals(pack.areasOf()))
                        || pack.areasOf() == null && pack.area(item.area()).isEmpty() && item.kind() == Item.Kind.CRITERION)) {
                    problems.add(where + "area " + item.area() + " is not an area of " + (pack.areasOf() == null ? "its pack" : pack.areasOf()));
                }
                if (!item.recoverable() && item.kind() != Item.Kind.CRITERION) {
                    problems.add(where + "recoverable is for a criterion: a target has no points to win back");
                }
                if (item.leadStatus() != null && item.lead() == null) {
                    problems.add(where + "leadStatus needs a lead");
                }
                if (item.deadlineStatus() != null && item.deadline() == null) {
                    problems.add(where + "deadlineStatus needs a deadline");
                }
                if (item.recommendation() == null) {
                    problems.add(where + "recommendation is required");
                }
            }
        }
        indices(problems, methodology);
        for (Pack pack : methodology.packs()) {
            pack.areas().stream().filter(a -> Methodology.surveyPoints(a).compareTo(a.maxPoints().value()) > 0)
                    .forEach(a -> problems.add(pack.id() + ": area " + a.number() + " has more survey points than points"));
            if (!pack.areas().isEmpty()) {
                java.math.BigDecimal total = pack.areas().stream().map(a -> a.maxPoints().value())
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                if (total.compareTo(java.math.BigDecimal.valueOf(100)) != 0) {
                    problems.add(pack.id() + ": area maxima add up to " + total.toPlainString() + ", the index has 100 points");
                }
            }
            versions(problems, pack);
            messages(problems, pack.id() + ": ", pack.messages());
            pack.items().forEach(item -> messages(problems, pack.id() + " item " + item.code() + ": ", item.messages()));
            pack.parameters().forEach((name, p) -> checkValues(problems, pack.id() + " parameter " + name, p));
            pack.items().forEach(item -> item.parameters().forEach((name, p) -> checkValues(problems, pack.id() + " item " + item.code() + " parameter " + name, p)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("methodology packs are invalid:\n  " + String.join("\n  ", problems));
        }
    }

    /** Method versions follow one another year by year: no year governed by two, none left between them, only the last open. */
    private static void versions(List<String> problems, Pack pack) {
        List<MethodVersion> versions = pack.versions();
        for (int i = 0; i < versions.size(); i++) {
            MethodVersion version = versions.get(i);
            boolean last = i == versions.size() - 1;
            if (version.lastYear() == null ? !last : version.lastYear() < version.firstYear()) {
                problems.add(pack.id() + ": method version " + version.code() + (last ? " ends before it starts" : " must end: a later version follows"));
            } else if (!last && versions.get(i + 1).firstYear() != version.lastYear() + 1) {
                problems.add(pack.id() + ": method version " + versions.get(i + 1).code() + " must start in " + (version.lastYear() + 1)
                        + ", the year after " + version.code() + " ends");
            }
        }
    }

    /** Each check complete, and a criterion scored once, by bands unless a check says otherwise. */
    private static void checks(List<String> problems, String where, Pack pack, Item item, Methodology methodology) {
        SnapshotLayout layout = methodology.layout();
        item.inputs().stream().filter(input -> !layout.inputs().contains(input))
                .forEach(input -> problems.add(where + "input " + input + " is not declared in the rule set's inputs"));
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
            if (check.scheme() == null || check.rule() == null || check.rule().vi().isBlank() || check.rule().en().isBlank() || check.measure() == null) {
                problems.add(at + "scheme, rule and measure (or an input) are required");
                continue;
            }
            if (check.scheme().needsParameter() && (check.parameter() == null
                    || !item.parameters().containsKey(check.parameter()) && !pack.parameters().containsKey(check.parameter()))) {
                problems.add(at + "needs a parameter of the item or its pack, found " + check.parameter());
            }
            if (!layout.measures().contains(check.measure())) {
                problems.add(at + "measure " + check.measure() + " is not declared in the rule set's inputs");
            }
            if (check.scheme().countsOne() && layout.group(check.measure()).map(g -> !g.counts().contains(check.count())).orElse(true)) {
                problems.add(at + "needs a count of " + check.measure() + " to judge, found " + check.count());
            }
            if (check.whenNone() != null && (!check.scheme().scoresShare() || layout.group(check.measure()).map(g -> g.rate() == null).orElse(true))) {
                problems.add(at + "whenNone is for a check that scores the rate of a count group");
            }
            if (check.follows() != null && (check.whenNone() != Item.Check.WhenNone.FULL || !item.parameters().containsKey(Item.Check.NONE_FOLLOWS)
                    || methodology.item(check.follows()).filter(i -> i.kind() == Item.Kind.CRITERION).isEmpty())) {
                problems.add(at + "follows needs whenNone: full, a parameter " + Item.Check.NONE_FOLLOWS + " and a criterion to follow");
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

    /** What a pack says of its index names declared inputs and its own parameters; one forecast at most. */
    /**
     * A group's maximum is what its criteria can earn (their maxima add up to it); a survey index's groups
     * are percentages, so 100.
     */
    private static void groupMaxima(List<String> problems, String where, Pack pack, IndexDefinition index) {
        for (IndexDefinition.Group group : index.groups()) {
            java.math.BigDecimal max = group.maxPoints().value();
            java.math.BigDecimal criteria = pack.items().stream().filter(i -> group.code().equals(i.group()))
                    .map(i -> i.maxPoints().value()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            java.math.BigDecimal expected = index.survey() != null ? java.math.BigDecimal.valueOf(100) : criteria;
            if (max.compareTo(expected) != 0) {
                problems.add(where + "group " + group.code() + " has maximum " + max.toPlainString() + (index.survey() != null
                        ? ", but a survey group is a percentage (100)" : ", but its criteria's maxima add up to " + criteria.toPlainString()));
            }
        }
    }

    private static void indices(List<String> problems, Methodology methodology) {
        SnapshotLayout layout = methodology.layout();
        for (Pack pack : methodology.packs()) {
            String where = pack.id() + ": ";
            if (pack.requires() != null && !layout.sections().containsKey(pack.requires()) && !layout.inputs().contains(pack.requires())) {
                problems.add(where + "requires " + pack.requires() + ", which the inputs do not declare");
            }
            if (pack.areaSurvey() != null && layout.values().stream().noneMatch(v -> v.path().equals(pack.areaSurvey()))) {
                problems.add(where + "areaSurvey " + pack.areaSurvey() + " is not a declared value");
            }
            if (pack.forecast() != null && Stream.of(pack.forecast().cutoffLow(), pack.forecast().cutoffHigh(), pack.forecast().declaredTolerance())
                    .anyMatch(c -> c != null && !pack.parameters().containsKey(c))) {
                problems.add(where + "the forecast's cut-offs and tolerance must be parameters of the pack");
            }
            IndexDefinition index = pack.index();
            if (index != null && index.survey() != null && Stream.concat(Stream.of(index.survey()), index.groups().stream().map(IndexDefinition.Group::measure))
                    .anyMatch(m -> m == null || !layout.inputs().contains(m))) {
                problems.add(where + "an index on a survey takes its figure and each group's from declared survey sections");
            }
            if (index != null) {
                groupMaxima(problems, where, pack, index);
            }
        }
        if (methodology.packs().stream().filter(p -> p.forecast() != null).count() > 1) {
            problems.add("only one pack may give a forecast: a report has one");
        }
        outputs(problems, methodology);
        for (var survey : layout.surveys()) {
            Stream.of(survey.scale().levels(), survey.scale().satisfied()).filter(ref -> !declared(methodology, ref))
                    .forEach(ref -> problems.add("survey " + survey.path() + ": its scale names " + ref + ", no parameter of a pack"));
        }
    }

    private static boolean declared(Methodology methodology, String reference) {
        int dot = reference == null ? -1 : reference.indexOf('.');
        return dot > 0 && methodology.packs().stream().anyMatch(p -> p.id().equals(reference.substring(0, dot))
                && p.parameters().containsKey(reference.substring(dot + 1)));
    }

    /** Every message parses, and names the same values in Vietnamese and English. */
    /** What outputs name an index by: a code once, a name; an index by areas and its forecast worded in the pack. */
    private static void outputs(List<String> problems, Methodology methodology) {
        Set<String> codes = new java.util.HashSet<>();
        methodology.indices().stream().filter(i -> i.code() == null || i.name() == null || !codes.add(i.code()))
                .forEach(i -> problems.add("index " + i.code() + ": every index needs a code of its own and a name"));
        // A report's areas do not say their pack: one index by areas, or a batch could not tell whose they are.
        if (methodology.packs().stream().filter(p -> !p.areas().isEmpty()).count() > 1) {
            problems.add("only one pack may score by areas");
        }
        for (Pack pack : methodology.packs()) {
            String where = pack.id() + ": ";
            if (!pack.areas().isEmpty() != (pack.areaIndex() != null)) {
                problems.add(where + "a pack with areas, and only one, declares areaIndex (how outputs name the index)");
            } else if (pack.areaIndex() != null && (pack.areaIndex().byArea() == null || pack.areaIndex().contributionByArea() == null)) {
                problems.add(where + "areaIndex needs byArea and contributionByArea, the report's headings of its areas");
            }
            Pack.Forecast forecast = pack.forecast();
            if (forecast != null && (forecast.title() == null || forecast.projection() != null && forecast.declared() == null
                    || forecast.cutoffLow() != null && forecast.gap() == null)) {
                problems.add(where + "a forecast needs a title, a declared text with a projection and a gap text with cut-offs");
            }
        }
    }

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
