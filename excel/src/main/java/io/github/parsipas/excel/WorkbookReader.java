package io.github.parsipas.excel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.snapshot.Period;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A filled workbook as the snapshot's JSON data: each cell's value as it is typed (a number, a text, a date as
 * YYYY-MM-DD), a blank cell left out, so the strict snapshot reader judges the values, not this class. What it keeps is
 * where each JSON path came from ({@code 'TTHC'!D7}), to name the cell in every problem. It follows what the workbook
 * says of itself (its hidden sheet, column A's paths, the tables' rows of keys), not a second copy of the form.
 */
final class WorkbookReader {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The word a table's "none" cell takes, quoted, in the language of the message it goes into. */
    private static final Arg NONE_WORD = language -> "\"" + Labels.get().get("ui.none", language) + "\"";
    private static final Set<String> NONE = Set.of(Labels.get().get("ui.none", Language.VI), Labels.get().get("ui.none", Language.EN));

    /** The snapshot's data, the cell of each JSON path read, and what could not be put in JSON at all. */
    record Result(ObjectNode tree, Map<String, String> cells, List<InputProblem> problems) {
    }

    private final XSSFWorkbook workbook;
    private final ObjectNode tree = NODES.objectNode();
    private final Map<String, String> cells = new LinkedHashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private WorkbookReader(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** A workbook with the template's hidden sheet ({@link WorkbookWriter#META}). */
    static Result read(XSSFWorkbook workbook) {
        WorkbookReader reader = new WorkbookReader(workbook);
        reader.tree.put("format", Snapshot.FORMAT);
        for (Row row : workbook.getSheet(WorkbookWriter.META)) {
            String name = text(row.getCell(0)), layout = text(row.getCell(1)), path = text(row.getCell(2));
            if (name == null || layout == null) {
                continue;
            }
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                reader.problems.add(InputProblem.of("'" + name + "'", Messages.text("input.found.nothing", Map.of()), "input.expected.sheet",
                        Map.of("sheet", Arg.verbatim(name))));
                continue;
            }
            switch (layout) {
                case "FORM" -> reader.form(sheet);
                case "TABLE" -> reader.table(sheet, path == null ? "" : path, false);
                case "MAP" -> reader.table(sheet, path == null ? "" : path, true);
                case "SURVEY" -> reader.survey(sheet, path == null ? "" : path);
                default -> { }
            }
        }
        return new Result(reader.tree, reader.cells, reader.problems);
    }

    /** A form: each row with a path in column A, its value in the value column and, for counts, the previous one. */
    private void form(Sheet sheet) {
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String path = row == null ? null : text(row.getCell(WorkbookWriter.PATH));
            if (path == null) {
                continue;
            }
            Cell cell = row.getCell(WorkbookWriter.VALUE);
            String where = where(sheet, r, WorkbookWriter.VALUE);
            JsonNode value = value(cell);
            switch (path) {
                case "period" -> period(value, where);
                case "unit.leadRoles" -> leadRoles(value, where);
                default -> put(path, value, where);
            }
            if (path.contains(".") && !path.startsWith("unit.") && !path.startsWith("previous.")) {
                put("previous." + path, value(row.getCell(WorkbookWriter.PREVIOUS)), where(sheet, r, WorkbookWriter.PREVIOUS));
            }
        }
    }

    private void period(JsonNode value, String where) {
        cells.put("$.period", where);
        Period.parse(value == null ? null : value.isTextual() ? value.asText() : value.toString()).ifPresentOrElse(period -> {
            ObjectNode object = tree.putObject("period").put("year", period.year());
            if (period.month() != null) {
                object.put("month", period.month());
            } else if (period.quarter() != null) {
                object.put("quarter", period.quarter());
            } else {
                object.put("week", period.week());
            }
            object.fieldNames().forEachRemaining(f -> cells.put("$.period." + f, where));
        }, () -> problem(where + " ($.period)", value, "input.expected.periodLabel", Map.of()));
    }

    /** Lead roles: codes separated by commas, or the word for none (an empty list). */
    private void leadRoles(JsonNode value, String where) {
        cells.put("$.unit.leadRoles", where);
        if (value == null) {
            return;
        }
        ArrayNode roles = NODES.arrayNode();
        if (!value.isTextual() || !NONE.contains(value.asText().strip())) {
            for (String code : (value.isTextual() ? value.asText() : value.toString()).split(",")) {
                cells.put("$.unit.leadRoles[" + roles.size() + "]", where);
                roles.add(code.strip());
            }
        }
        object("unit").set("leadRoles", roles);
    }

    /**
     * A table: the keys in its row of keys, one entry a non-blank row; an empty list when its "none" cell says so,
     * absent when nothing is filled. {@code map}: entries of a code and a number, as an object by code.
     */
    private void table(Sheet sheet, String path, boolean map) {
        List<String> keys = keys(sheet);
        String marker = where(sheet, WorkbookWriter.NONE_ROW, WorkbookWriter.NONE_COLUMN);
        cells.put("$." + path, marker);
        ArrayNode entries = NODES.arrayNode();
        ObjectNode byCode = NODES.objectNode();
        for (int r = WorkbookWriter.FIRST_ENTRY; r <= sheet.getLastRowNum(); r++) {
            List<JsonNode> values = values(sheet.getRow(r), keys.size());
            if (values.stream().allMatch(java.util.Objects::isNull)) {
                continue;
            }
            if (map) {
                JsonNode code = values.get(0);
                String at = where(sheet, r, 0);
                if (code == null || !code.isTextual()) {
                    problem(at + " ($." + path + ")", code, "input.expected.string", Map.of());
                    continue;
                }
                String child = child("$." + path, code.asText());
                if (byCode.has(code.asText())) {
                    problems.add(InputProblem.of(at + " (" + child + ")", code.toString(), "input.expected.listedOnce", Map.of()));
                }
                cells.put(child, where(sheet, r, 1));
                byCode.set(code.asText(), values.get(1) == null ? NODES.nullNode() : values.get(1));
                continue;
            }
            String entry = "$." + path + "[" + entries.size() + "]";
            cells.put(entry, where(sheet, r, 0));
            ObjectNode object = entries.addObject();
            for (int c = 0; c < keys.size(); c++) {
                cells.put(entry + "." + keys.get(c), where(sheet, r, c));
                if (values.get(c) != null) {
                    object.set(keys.get(c), values.get(c));
                }
            }
        }
        JsonNode list = map ? byCode : entries;
        JsonNode none = value(cell(sheet, WorkbookWriter.NONE_ROW, WorkbookWriter.NONE_COLUMN));
        boolean markedNone = none != null && none.isTextual() && NONE.contains(none.asText().strip());
        if (none != null && !markedNone) {
            problems.add(InputProblem.of(marker + " ($." + path + ")", none.toString(), "input.expected.none", Map.of("none", NONE_WORD)));
        } else if (markedNone && !list.isEmpty()) {
            problems.add(InputProblem.of(marker + " ($." + path + ")", none.toString(), "input.expected.noneOrEntries", Map.of("none", NONE_WORD)));
        }
        if (!list.isEmpty() || markedNone) {
            put(path, list, marker);
        }
    }

    /**
     * A survey's answers: a row of part B names its element; a row of part A ({@code policy}) with a group code starts a
     * policy group, the rows after it without one continue it.
     */
    private void survey(Sheet sheet, String path) {
        List<String> keys = keys(sheet);
        int answers = keys.indexOf("answers");
        ObjectNode service = NODES.objectNode();
        ArrayNode policy = NODES.arrayNode();
        ObjectNode group = null;
        for (int r = WorkbookWriter.FIRST_ENTRY; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<JsonNode> values = values(row, Math.max(keys.size(), row == null ? 0 : row.getLastCellNum()));
            if (values.stream().allMatch(java.util.Objects::isNull)) {
                continue;
            }
            JsonNode part = values.get(keys.indexOf("part"));
            String questionPath;
            ObjectNode question;
            if (part != null && part.isTextual() && part.asText().equals("policy")) {
                JsonNode code = values.get(keys.indexOf("groupCode")), name = values.get(keys.indexOf("groupName"));
                if (group == null || code != null || name != null) {
                    String at = "$." + path + ".policy[" + policy.size() + "]";
                    group = policy.addObject();
                    setIfPresent(group, "code", code);
                    setIfPresent(group, "name", name);
                    group.putArray("questions");
                    cells.put(at, where(sheet, r, keys.indexOf("groupCode")));
                    cells.put(at + ".code", where(sheet, r, keys.indexOf("groupCode")));
                    cells.put(at + ".name", where(sheet, r, keys.indexOf("groupName")));
                }
                questionPath = "$." + path + ".policy[" + (policy.size() - 1) + "].questions[" + group.get("questions").size() + "]";
                question = ((ArrayNode) group.get("questions")).addObject();
            } else if (part != null && part.isTextual()) {
                questionPath = child("$." + path + ".service", part.asText()) + "[" + service.path(part.asText()).size() + "]";
                cells.putIfAbsent(child("$." + path + ".service", part.asText()), where(sheet, r, keys.indexOf("part")));
                question = service.withArray(part.asText()).addObject();
            } else {
                problem(where(sheet, r, keys.indexOf("part")) + " ($." + path + ")", part, "input.expected.surveyPart", Map.of());
                continue;
            }
            cells.put(questionPath, where(sheet, r, keys.indexOf("code")));
            cells.put(questionPath + ".code", where(sheet, r, keys.indexOf("code")));
            cells.put(questionPath + ".name", where(sheet, r, keys.indexOf("name")));
            cells.put(questionPath + ".answers", where(sheet, r, answers));
            setIfPresent(question, "code", values.get(keys.indexOf("code")));
            setIfPresent(question, "name", values.get(keys.indexOf("name")));
            int last = values.size() - 1;
            while (last >= answers && values.get(last) == null) {
                last--;
            }
            ArrayNode counts = question.putArray("answers");
            for (int c = answers; c <= last; c++) {
                cells.put(questionPath + ".answers[" + (c - answers) + "]", where(sheet, r, c));
                counts.add(values.get(c) == null ? NODES.nullNode() : values.get(c));
            }
        }
        cells.putIfAbsent("$." + path, where(sheet, WorkbookWriter.FIRST_ENTRY, 0));
        ObjectNode survey = NODES.objectNode();
        if (!service.isEmpty()) {
            survey.set("service", service);
        }
        if (!policy.isEmpty()) {
            survey.set("policy", policy);
        }
        if (!survey.isEmpty()) {
            put(path, survey, where(sheet, WorkbookWriter.FIRST_ENTRY, 0));
        }
    }

    /** A problem with a cell's value as found, or nothing when blank. */
    private void problem(String where, JsonNode value, String key, Map<String, Arg> values) {
        problems.add(value == null ? InputProblem.of(where, Messages.text("input.found.nothing", Map.of()), key, values)
                : InputProblem.of(where, value.toString(), key, values));
    }

    private static void setIfPresent(ObjectNode object, String name, JsonNode value) {
        if (value != null) {
            object.set(name, value);
        }
    }

    private List<String> keys(Sheet sheet) {
        List<String> keys = new ArrayList<>();
        Row row = sheet.getRow(WorkbookWriter.KEYS_ROW);
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            String key = text(row.getCell(c));
            keys.add(key == null ? "" : key);
        }
        return keys;
    }

    private static List<JsonNode> values(Row row, int columns) {
        List<JsonNode> values = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            values.add(row == null ? null : value(row.getCell(c)));
        }
        return values;
    }

    /** Sets {@code value} at the dotted {@code path}, making the objects on the way; a blank cell sets nothing. */
    private void put(String path, JsonNode value, String where) {
        cells.put("$." + path, where);
        if (value == null) {
            return;
        }
        int dot = path.lastIndexOf('.');
        (dot < 0 ? tree : object(path.substring(0, dot))).set(path.substring(dot + 1), value);
    }

    private ObjectNode object(String path) {
        ObjectNode object = tree;
        for (String key : path.split("\\.")) {
            object = object.has(key) && object.get(key).isObject() ? (ObjectNode) object.get(key) : object.putObject(key);
        }
        return object;
    }

    /** A cell's value as JSON, as typed: {@code null} when blank; a date (its format says so) as YYYY-MM-DD. */
    static JsonNode value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().isEmpty() ? null : TextNode.valueOf(cell.getStringCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime time = cell.getLocalDateTimeCellValue();
                    yield TextNode.valueOf(time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : time.toString());
                }
                double number = cell.getNumericCellValue();
                yield number == Math.rint(number) && Math.abs(number) < 1e15 ? LongNode.valueOf((long) number)
                        : DecimalNode.valueOf(new BigDecimal(Double.toString(number)));
            }
            case BOOLEAN -> BooleanNode.valueOf(cell.getBooleanCellValue());
            case ERROR -> TextNode.valueOf(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }

    private static String text(Cell cell) {
        JsonNode value = value(cell);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /** A cell as people write it: {@code 'TTHC'!D7}. */
    private static String where(Sheet sheet, int row, int column) {
        return "'" + sheet.getSheetName().replace("'", "''") + "'!" + new CellReference(row, Math.max(column, 0)).formatAsString();
    }

    /** A field's JSON path as the snapshot reader writes it: {@code .name}, or {@code ['766-T-SYNC']}. */
    private static String child(String path, String name) {
        return path + (PLAIN_NAME.matcher(name).matches() ? "." + name : "['" + name + "']");
    }
}
