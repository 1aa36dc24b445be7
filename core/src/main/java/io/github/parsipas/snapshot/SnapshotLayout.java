package io.github.parsipas.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every part of a snapshot that rules read, as the rule set declares them (its {@code inputs} files):
 * count groups, count lists, values and surveys, and the objects that hold them. The reader, the JSON
 * Schema and the documentation follow this; nothing else names an input. Immutable.
 */
public final class SnapshotLayout {

    private final Map<String, String> sections;
    private final List<CountGroup> countGroups;
    private final List<CountList> countLists;
    private final List<ValueInput> values;
    private final List<SurveyInput> surveys;
    private final Portal766Reader.@Nullable Table portal766;

    /** One declarations file, as written; {@code portal766}: how the portal's 766 responses fill a snapshot, when this file says. */
    public record Declarations(Map<String, String> sections, List<CountGroup> countGroups, List<CountList> countLists,
                               List<ValueInput> values, List<SurveyInput> surveys, Portal766Reader.@Nullable Table portal766) {
        public Declarations {
            sections = sections == null ? Map.of() : sections;
            countGroups = countGroups == null ? List.of() : List.copyOf(countGroups);
            countLists = countLists == null ? List.of() : List.copyOf(countLists);
            values = values == null ? List.of() : List.copyOf(values);
            surveys = surveys == null ? List.of() : List.copyOf(surveys);
        }
    }

    private SnapshotLayout(Map<String, String> sections, List<CountGroup> countGroups, List<CountList> countLists,
                           List<ValueInput> values, List<SurveyInput> surveys, Portal766Reader.@Nullable Table portal766) {
        this.portal766 = portal766;
        this.sections = sections;
        this.countGroups = List.copyOf(countGroups);
        this.countLists = List.copyOf(countLists);
        this.values = List.copyOf(values);
        this.surveys = List.copyOf(surveys);
    }

    /** The layout of several declarations files; a path declared twice, or inside a declared input, is an error. */
    public static SnapshotLayout of(List<Declarations> files) {
        List<CountGroup> groups = new ArrayList<>();
        List<CountList> lists = new ArrayList<>();
        List<ValueInput> values = new ArrayList<>();
        List<SurveyInput> surveys = new ArrayList<>();
        Map<String, String> described = new LinkedHashMap<>();
        List<Portal766Reader.Table> portal = files.stream().map(Declarations::portal766).filter(java.util.Objects::nonNull).toList();
        for (Declarations file : files) {
            groups.addAll(file.countGroups());
            lists.addAll(file.countLists());
            values.addAll(file.values());
            surveys.addAll(file.surveys());
            described.putAll(file.sections());
        }
        List<String> paths = Stream.of(groups.stream().map(CountGroup::path), lists.stream().map(CountList::path),
                values.stream().map(ValueInput::path), surveys.stream().map(SurveyInput::path)).flatMap(s -> s).toList();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, String> sections = new LinkedHashMap<>();
        described.forEach((path, text) -> sections.put(path, text));
        for (String path : paths) {
            if (!seen.add(path) || Arrays.stream(DatedList.values()).anyMatch(l -> l.code().equals(path))) {
                problems.add(path + " is declared twice");
            }
            for (String parent = Paths.parent(path); !parent.isEmpty(); parent = Paths.parent(parent)) {
                sections.putIfAbsent(parent, "");
            }
        }
        paths.stream().filter(sections::containsKey).forEach(p -> problems.add(p + " is both an input and a section holding inputs"));
        described.keySet().stream().filter(s -> paths.stream().noneMatch(p -> p.startsWith(s + ".")))
                .forEach(s -> problems.add("section " + s + " holds no declared input"));
        values.stream().filter(v -> v.shareOf() != null && groups.stream().noneMatch(g -> g.path().equals(v.shareOf()) && g.rate() != null))
                .forEach(v -> problems.add(v.path() + " is the share of " + v.shareOf() + ", which is no count group with a rate"));
        if (portal.size() > 1) {
            problems.add("portal766 is declared twice");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("snapshot layout: " + String.join("; ", problems));
        }
        return new SnapshotLayout(sections, groups, lists, values, surveys, portal.isEmpty() ? null : portal.get(0));
    }

    /** The objects that hold inputs, by path, with what they are ({@code ""} when undeclared), in declaration order. */
    public Map<String, String> sections() {
        return sections;
    }

    /** How the portal's 766 responses fill a snapshot, when the rule set declares it. */
    public java.util.Optional<Portal766Reader.Table> portal766() {
        return java.util.Optional.ofNullable(portal766);
    }

    public List<CountGroup> countGroups() {
        return countGroups;
    }

    public List<CountList> countLists() {
        return countLists;
    }

    public List<ValueInput> values() {
        return values;
    }

    public List<SurveyInput> surveys() {
        return surveys;
    }

    public Optional<CountGroup> group(String path) {
        return countGroups.stream().filter(g -> g.path().equals(path)).findFirst();
    }

    /**
     * A JSON path of this layout typed: {@code $.tthc.fields[2].resolvedOnTime} is the list {@code tthc.fields}, entry 2,
     * count {@code resolvedOnTime}; {@code tthc.fields[dat-dai]} names the entry by its code, as a what-if does;
     * {@code $.civilService.discipline.disciplined} is a count of its group. The one parser of that syntax.
     */
    public InputRef ref(String path) {
        String rest = path.startsWith("$.") ? path.substring(2) : path;
        if (rest.startsWith(InputRef.REPORTED + "['") && rest.endsWith("']")) {
            return new InputRef(InputRef.REPORTED, null, rest.substring(InputRef.REPORTED.length() + 2, rest.length() - 2), null);
        }
        int open = rest.indexOf('[');
        if (open > 0 && rest.indexOf(']', open) > open) {
            int close = rest.indexOf(']', open);
            String inside = rest.substring(open + 1, close);
            String count = close + 1 < rest.length() && rest.charAt(close + 1) == '.' ? rest.substring(close + 2) : null;
            boolean position = !inside.isEmpty() && inside.chars().allMatch(Character::isDigit) && inside.length() < 10;
            return new InputRef(rest.substring(0, open), position ? Integer.valueOf(inside) : null, position ? null : inside, count);
        }
        String parent = Paths.parent(rest);
        boolean countOfGroup = group(parent).map(g -> g.counts().contains(Paths.key(rest))).orElse(false);
        return countOfGroup ? new InputRef(parent, null, null, Paths.key(rest)) : new InputRef(rest, null, null, null);
    }

    /** What an input's numbers measure: its count group's unit, {@code percent} for a value, else {@code count}. */
    public String unitOf(String input) {
        Optional<CountGroup> group = group(input);
        if (group.isPresent()) {
            return group.get().unit();
        }
        return values.stream().anyMatch(v -> v.path().equals(input)) ? "percent" : CountGroup.UNITS.get(0);
    }

    /** The survey a figure (e.g. {@code sipas.service.access}) belongs to. */
    public Optional<SurveyInput> surveyOf(String section) {
        return surveys.stream().filter(s -> Paths.within(section, s.path())).findFirst();
    }

    /** The sections at the top of the snapshot, and within {@code parent}: the objects a reader walks. */
    List<String> sectionsIn(String parent) {
        return sections.keySet().stream().filter(s -> Paths.parent(s).equals(parent)).toList();
    }

    /** Every name an item may list as an input: inputs, survey figures and the dated lists. */
    public Set<String> inputs() {
        Set<String> inputs = new LinkedHashSet<>();
        countGroups.forEach(g -> inputs.add(g.path()));
        countLists.forEach(l -> inputs.add(l.path()));
        values.forEach(v -> inputs.add(v.path()));
        surveys.forEach(s -> inputs.addAll(s.sections()));
        Arrays.stream(DatedList.values()).forEach(l -> inputs.add(l.code()));
        return inputs;
    }

    /** Every measure a check may judge: the inputs, and each count list's total. */
    public Set<String> measures() {
        Set<String> measures = new LinkedHashSet<>(inputs());
        countLists.forEach(l -> measures.add(l.totalMeasure()));
        return measures;
    }
}
