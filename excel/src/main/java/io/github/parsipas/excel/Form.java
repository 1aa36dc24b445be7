package io.github.parsipas.excel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Pack;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.CountList;
import io.github.parsipas.snapshot.DatedList;
import io.github.parsipas.snapshot.SnapshotLayout;
import io.github.parsipas.snapshot.SurveyInput;
import io.github.parsipas.snapshot.ValueInput;
import io.github.parsipas.snapshot.UnitKind;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Template.Arg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a workbook holds for one kind of unit, derived from the rule set: the layout's inputs that an item asked of that
 * kind reads (and, when filling, whatever the document carries), the snapshot schema's fixed fields (unit, dates, the
 * dated lists' columns), and their words. The writer lays it out; the reader needs only what the workbook says of itself.
 */
final class Form {

    /** How a cell is typed and validated. */
    enum Type { COUNT, NUMBER, DATE, TEXT, CODE, CODES, PERIOD }

    enum Layout { FORM, TABLE, SURVEY, MAP }

    /** One cell to fill: the value of a form's row, or a table's column. */
    record Field(String path, String label, Type type, List<String> codes, BigDecimal min, BigDecimal max) {
    }

    /** A heading of a form (a count group, a value, the unit), with what it measures and which items read it, and its fields. */
    record Group(String label, String measure, String usedFor, List<Field> fields, boolean previous) {
    }

    /**
     * One sheet: a form of groups, or a table of entries (a dated list, a count list, the published points, a survey's
     * answers), at {@code path} in the snapshot.
     */
    record Sheet(String name, Layout layout, String path, String title, String usedFor, List<Group> groups, List<Field> columns) {
    }

    final Methodology methodology;
    final UnitKind kind;
    final Language language;
    final Labels labels;
    private final JsonNode schema;
    private final Predicate<String> carried;

    /** {@code carried}: inputs the document to fill has, kept even when no item asks them of this kind. */
    Form(Methodology methodology, UnitKind kind, Language language, Predicate<String> carried) {
        this.methodology = methodology;
        this.kind = kind;
        this.language = language;
        this.labels = Labels.get();
        this.carried = carried;
        try {
            this.schema = JsonMapper.builder().build().readTree(methodology.snapshotSchema()).get("properties");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What reads {@code input} (or a figure within it) for this kind of unit, as {@code CODE name; …}: the items asked of
     * it, and a pack's own readers (the survey share its areas earn, the forecast's projection).
     */
    private String usedFor(String input) {
        List<String> uses = new ArrayList<>();
        methodology.items().values().stream().filter(i -> i.appliesTo().contains(kind.code()))
                .filter(i -> i.inputs().stream().anyMatch(in -> in.equals(input) || in.startsWith(input + ".")))
                .forEach(i -> uses.add(i.code() + " " + i.name().in(language)));
        for (Pack pack : methodology.packs()) {
            boolean asked = pack.items().stream().anyMatch(i -> i.appliesTo().contains(kind.code()));
            if (asked && input.equals(pack.areaSurvey())) {
                uses.add(pack.title().in(language));
            }
            if (pack.forecast() != null && input.equals(pack.forecast().projection()) && pack.forecast().unitKinds().contains(kind.code())) {
                uses.add(pack.forecast().title().in(language));
            }
        }
        return String.join("; ", uses);
    }

    private boolean included(String input) {
        return !usedFor(input).isEmpty() || carried.test(input);
    }

    private String usedForOrNot(String input) {
        String used = usedFor(input);
        return used.isEmpty() ? labels.get("ui.notAsked", language) : used;
    }

    /** The sheets, in order: the unit, each section at the top with its lists, the dated lists, the published points. */
    List<Sheet> sheets(LocalDate on) {
        SnapshotLayout layout = methodology.layout();
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(unitSheet());
        for (String section : layout.sections().keySet()) {
            if (section.contains(".")) {
                continue;
            }
            List<Group> groups = new ArrayList<>();
            addGroups(layout, section, groups);
            if (!groups.isEmpty()) {
                sheets.add(new Sheet(labels.get("sheet." + section, language), Layout.FORM, section,
                        labels.get("section." + section, language), "", groups, List.of()));
            }
            for (CountList list : layout.countLists()) {
                if (list.path().startsWith(section + ".") && included(list.path())) {
                    sheets.add(countList(list));
                }
            }
        }
        for (SurveyInput survey : layout.surveys()) {
            if (included(survey.path())) {
                sheets.add(survey(survey, on));
            }
        }
        for (DatedList list : DatedList.values()) {
            if (included(list.code())) {
                sheets.add(datedList(list));
            }
        }
        {
            sheets.add(new Sheet(labels.get("sheet.reported", language), Layout.MAP, "reported", labels.get("reported", language), "",
                    List.of(), List.of(field("reported.code", "code", Type.TEXT, List.of()), new Field("points",
                    labels.get("reported.points", language), Type.NUMBER, List.of(), BigDecimal.ZERO, BigDecimal.valueOf(100)))));
        }
        return sheets;
    }

    /** The count groups and values directly in {@code section}, then those of the sections within it. */
    private void addGroups(SnapshotLayout layout, String section, List<Group> groups) {
        for (CountGroup group : layout.countGroups()) {
            if (group.parent().equals(section) && included(group.path())) {
                List<Field> fields = group.counts().stream().map(c -> new Field(group.path() + "." + c,
                        labels.get("count." + c, language), Type.COUNT, List.of(), null, null)).toList();
                groups.add(new Group(labels.get("input." + group.path(), language), labels.get("measure." + group.unit(), language),
                        usedForOrNot(group.path()), fields, true));
            }
        }
        for (ValueInput value : layout.values()) {
            if (value.path().substring(0, value.path().lastIndexOf('.')).equals(section) && included(value.path())) {
                Field field = new Field(value.path(), labels.get("input." + value.path(), language), Type.NUMBER, List.of(), value.min(), value.max());
                groups.add(new Group(labels.get("section." + section, language), labels.get("measure.percent", language),
                        usedForOrNot(value.path()), List.of(field), false));
            }
        }
        for (String inner : layout.sections().keySet()) {
            if (inner.startsWith(section + ".") && inner.indexOf('.', section.length() + 1) < 0) {
                addGroups(layout, inner, groups);
            }
        }
    }

    /** The unit, its dates and period, from the schema's fields of the same names. */
    private Sheet unitSheet() {
        List<Field> fields = new ArrayList<>();
        schema.get("unit").get("properties").fields().forEachRemaining(f -> fields.add(
                f.getKey().equals("leadRoles") ? field("unit.leadRoles", "unit.leadRoles", Type.CODES, List.copyOf(methodology.agencies().keySet()))
                        : typed("unit." + f.getKey(), "unit." + f.getKey(), f.getValue())));
        fields.add(typed("asOf", "asOf", schema.get("asOf")));
        fields.add(field("period", "period", Type.PERIOD, List.of()));
        fields.add(typed("basis", "basis", schema.get("basis")));
        fields.add(typed("previous.asOf", "previous.asOf", schema.get("previous").get("properties").get("asOf")));
        return new Sheet(labels.get("ui.unit", language), Layout.FORM, "", labels.get("ui.unit", language), "",
                List.of(new Group(labels.get("ui.unit", language), "", "", fields, false)), List.of());
    }

    private Sheet countList(CountList list) {
        List<Field> columns = new ArrayList<>(List.of(field("list.code", "code", Type.TEXT, List.of()), field("list.name", "name", Type.TEXT, List.of())));
        list.counts().forEach(c -> columns.add(new Field(c, labels.get("count." + c, language), Type.COUNT, List.of(), null, null)));
        return new Sheet(labels.get("sheet." + list.path(), language), Layout.TABLE, list.path(), labels.get("input." + list.path(), language),
                usedForOrNot(list.path()), List.of(), columns);
    }

    /** A dated list's columns: its entries' fields as the schema declares them. */
    private Sheet datedList(DatedList list) {
        List<Field> columns = new ArrayList<>();
        List<String> codes = methodology.items().values().stream().filter(i -> i.appliesTo().contains(kind.code()) && i.inputs().contains(list.code()))
                .map(Item::code).toList();
        schema.get(list.code()).get("items").get("properties").fields().forEachRemaining(f -> columns.add(
                f.getKey().equals("code") ? new Field("code", labels.get(list.code() + ".code", language), Type.CODE, codes, null, null)
                        : typed(f.getKey(), list.code() + "." + f.getKey(), f.getValue())));
        return new Sheet(labels.get("sheet." + list.code(), language), Layout.TABLE, list.code(), labels.get(list.code(), language),
                usedForOrNot(list.code()), List.of(), columns);
    }

    /** A survey's answers: one row a question, of an element of part B or of a policy group of part A. */
    private Sheet survey(SurveyInput survey, LocalDate on) {
        int levels = methodology.parameter(survey.scale().levels(), on).map(v -> v.value().intValue()).orElse(5);
        List<String> parts = new ArrayList<>(survey.elements());
        parts.add("policy");
        List<Field> columns = new ArrayList<>(List.of(field(survey.path() + ".part", "part", Type.CODE, parts),
                field(survey.path() + ".groupCode", "groupCode", Type.TEXT, List.of()), field(survey.path() + ".groupName", "groupName", Type.TEXT, List.of()),
                field(survey.path() + ".code", "code", Type.TEXT, List.of()), field(survey.path() + ".name", "name", Type.TEXT, List.of())));
        for (int level = 1; level <= levels; level++) {
            columns.add(new Field("answers", labels.format(survey.path() + ".answers", Map.of("level", Arg.count(level)), language),
                    Type.COUNT, List.of(), null, null));
        }
        return new Sheet(labels.get("sheet." + survey.path(), language), Layout.SURVEY, survey.path(), labels.get("input." + survey.path(), language),
                usedForOrNot(survey.path()), List.of(), columns);
    }

    private Field field(String label, String path, Type type, List<String> codes) {
        return new Field(path, labels.get(label, language), type, codes, null, null);
    }

    /** A field typed as the schema types it: a date, one of an enum's codes, or text. */
    private Field typed(String path, String label, JsonNode property) {
        if (property.has("enum")) {
            List<String> codes = new ArrayList<>();
            property.get("enum").forEach(c -> codes.add(c.asText()));
            return field(label, path, Type.CODE, codes);
        }
        boolean date = "date".equals(property.path("format").asText())
                || (property.has("oneOf") && "date".equals(property.get("oneOf").get(0).path("format").asText()));
        return field(label, path, date ? Type.DATE : Type.TEXT, List.of());
    }

    /** The inputs a document carries: each input path of the layout found in it, and its dated lists and published points. */
    static Predicate<String> carriedBy(JsonNode document) {
        return input -> !document.at("/" + input.replace('.', '/')).isMissingNode();
    }
}
