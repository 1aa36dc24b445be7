package io.github.parsipas.excel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.parsipas.snapshot.InputLimits;
import io.github.parsipas.snapshot.Period;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Lays a {@link Form} out in a workbook, filled from a snapshot document when given: labels and headings locked, the
 * cells to fill unlocked, typed and validated. The same form and document give the same bytes: no clock in the
 * properties, fixed column widths, zip entries with one fixed time.
 */
final class WorkbookWriter {

    /** The hidden sheet that says what each sheet is and holds the lists of codes validations offer. */
    static final String META = "parsipas";
    /** Form sheets: the row of column headings, the first row of fields; columns of a form row. */
    static final int PATH = 0, LABEL = 1, MEASURE = 2, VALUE = 3, PREVIOUS = 4, USED_FOR = 5;
    /** Table sheets: the "none" cell, the row of field keys, the first entry. */
    static final int NONE_ROW = 2, NONE_COLUMN = 1, KEYS_ROW = 4, FIRST_ENTRY = 5;
    private static final int LAST_ENTRY = FIRST_ENTRY + InputLimits.MAX_ENTRIES - 1;
    /** When the workbook says it was written: fixed, so the same template is the same file. */
    private static final Date WRITTEN = Date.from(LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());

    private final Form form;
    private final JsonNode document;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<Form.Type, CellStyle> inputs = new EnumMap<>(Form.Type.class);
    private final CellStyle label, heading, key, wrap;
    private final XSSFSheet meta;
    private final List<List<String>> codeLists = new ArrayList<>();

    private WorkbookWriter(Form form, JsonNode document) {
        this.form = form;
        this.document = document;
        label = style(false, false, IndexedColors.GREY_25_PERCENT);
        heading = style(true, false, IndexedColors.GREY_25_PERCENT);
        heading.setWrapText(true);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        this.wrap = wrap;
        key = style(false, true, IndexedColors.GREY_25_PERCENT);
        String date = form.language == Language.VI ? "dd/mm/yyyy" : "yyyy-mm-dd";
        for (Form.Type type : Form.Type.values()) {
            CellStyle style = style(false, false, null);
            style.setLocked(false);
            String format = switch (type) {
                case COUNT -> "#,##0";
                case NUMBER -> "General";
                case DATE -> date;
                case TEXT, CODE, CODES, PERIOD -> "@";
            };
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            inputs.put(type, style);
        }
        meta = workbook.createSheet(META);
    }

    /** Writes the form, filled from {@code document} (a snapshot's JSON data; {@link MissingNode} for a blank template). */
    static void write(Form form, JsonNode document, String title, Period period, OutputStream out) throws IOException {
        WorkbookWriter writer = new WorkbookWriter(form, document);
        writer.instructions(title);
        int index = 0;
        for (Form.Sheet sheet : form.sheets(period.end())) {
            writer.meta(index++, sheet);
            switch (sheet.layout()) {
                case FORM -> writer.form(sheet, period);
                case TABLE, SURVEY, MAP -> writer.table(sheet);
            }
        }
        writer.finish(out);
    }

    private void instructions(String title) {
        XSSFSheet sheet = workbook.createSheet(form.labels.get("ui.instructions", form.language));
        workbook.setSheetOrder(sheet.getSheetName(), 0);
        sheet.setColumnWidth(0, 120 * 256);
        cell(sheet, 0, 0, title, heading);
        for (int line = 1; form.labels.all().containsKey("help." + line); line++) {
            cell(sheet, line + 1, 0, form.labels.get("help." + line, form.language), wrap);
        }
        sheet.enableLocking();
    }

    /** A form: a heading row per group (what it measures, which items read it), then a row per field. */
    private void form(Form.Sheet spec, Period period) {
        XSSFSheet sheet = workbook.createSheet(spec.name());
        int[] widths = {34, 48, 14, 16, 16, 90};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        cell(sheet, 0, LABEL, spec.title(), heading);
        String[] headings = {"ui.path", "ui.label", "ui.measure", "ui.value", "ui.previous", "ui.usedFor"};
        for (int c = 0; c < headings.length; c++) {
            cell(sheet, 1, c, form.labels.get(headings[c], form.language), heading);
        }
        int row = 2;
        for (Form.Group group : spec.groups()) {
            cell(sheet, row, LABEL, group.label(), heading);
            cell(sheet, row, MEASURE, group.measure(), label);
            cell(sheet, row, USED_FOR, group.usedFor(), label);
            row++;
            for (Form.Field field : group.fields()) {
                cell(sheet, row, PATH, field.path(), key);
                cell(sheet, row, LABEL, field.label(), label);
                cell(sheet, row, MEASURE, group.measure().isEmpty() ? measure(field) : group.measure(), label);
                JsonNode value = field.type() == Form.Type.PERIOD && document.isMissingNode() ? null : document.at(pointer(field.path()));
                value(sheet, row, VALUE, field, field.type() == Form.Type.PERIOD ? periodLabel(value, period) : value);
                validate(sheet, field, row, row, VALUE);
                if (group.previous()) {
                    value(sheet, row, PREVIOUS, field, document.at(pointer("previous." + field.path())));
                    validate(sheet, field, row, row, PREVIOUS);
                } else {
                    cell(sheet, row, PREVIOUS, "", label);
                }
                if (field.path().equals("unit.kind") && document.isMissingNode()) {
                    sheet.getRow(row).getCell(VALUE).setCellValue(form.kind.code());
                }
                row++;
            }
        }
        protect(sheet);
    }

    private String measure(Form.Field field) {
        return switch (field.type()) {
            case DATE -> form.labels.get("measure.date", form.language);
            case CODE -> form.labels.get("measure.code", form.language);
            case CODES -> String.join(", ", field.codes());
            default -> form.labels.get("measure.text", form.language);
        };
    }

    /** The period's label: the document's, or the template's. */
    private static JsonNode periodLabel(JsonNode value, Period period) {
        if (value != null && value.isObject()) {
            JsonNode month = value.get("month"), quarter = value.get("quarter"), week = value.get("week");
            period = new Period(value.path("year").asInt(), month == null ? null : month.asInt(), quarter == null ? null : quarter.asInt(),
                    week == null ? null : week.asInt());
        }
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(period.label());
    }

    /** A table: its title, which items read it, the "none" cell, column labels and keys, then one entry a row. */
    private void table(Form.Sheet spec) {
        XSSFSheet sheet = workbook.createSheet(spec.name());
        cell(sheet, 0, 0, spec.title(), heading);
        cell(sheet, 1, 0, spec.usedFor(), label);
        Cell none = null;
        if (spec.layout() != Form.Layout.SURVEY) { // a survey is an object of its parts, not a list that may be empty
            cell(sheet, NONE_ROW, 0, form.labels.get("ui.noneMarker", form.language), label);
            none = cell(sheet, NONE_ROW, NONE_COLUMN, "", inputs.get(Form.Type.CODE));
            validate(sheet, new Form.Field("", "", Form.Type.CODE, List.of(form.labels.get("ui.none", form.language)), null, null),
                    NONE_ROW, NONE_ROW, NONE_COLUMN);
        }
        cell(sheet, NONE_ROW, NONE_COLUMN + 1, form.labels.get("ui.lines", form.language).replace("{row}", String.valueOf(FIRST_ENTRY + 1)), label);
        List<Form.Field> columns = spec.columns();
        for (int c = 0; c < columns.size(); c++) {
            Form.Field column = columns.get(c);
            cell(sheet, KEYS_ROW - 1, c, column.label(), heading);
            cell(sheet, KEYS_ROW, c, column.path().substring(column.path().lastIndexOf('.') + 1), key);
            sheet.setColumnWidth(c, (column.type() == Form.Type.TEXT ? 40 : 18) * 256);
            sheet.setDefaultColumnStyle(c, inputs.get(column.type()));
            validate(sheet, column, FIRST_ENTRY, LAST_ENTRY, c);
        }
        List<List<JsonNode>> rows = entries(spec, document.at(pointer(spec.path())));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                value(sheet, FIRST_ENTRY + r, c, columns.get(Math.min(c, columns.size() - 1)), rows.get(r).get(c));
            }
        }
        JsonNode list = document.at(pointer(spec.path()));
        if (none != null && list.isEmpty() && (list.isArray() || list.isObject())) {
            none.setCellValue(form.labels.get("ui.none", form.language));
        }
        sheet.createFreezePane(0, FIRST_ENTRY);
        protect(sheet);
    }

    /** The document's entries of a table, as cells in the table's column order. */
    private static List<List<JsonNode>> entries(Form.Sheet spec, JsonNode list) {
        List<List<JsonNode>> rows = new ArrayList<>();
        switch (spec.layout()) {
            case MAP -> list.fields().forEachRemaining(f -> rows.add(List.of(com.fasterxml.jackson.databind.node.TextNode.valueOf(f.getKey()), f.getValue())));
            case SURVEY -> {
                for (String part : spec.columns().get(0).codes()) {
                    if (part.equals("policy")) {
                        for (JsonNode group : list.path("policy")) {
                            boolean first = true;
                            for (JsonNode question : group.path("questions")) {
                                rows.add(question(part, first ? group.path("code") : null, first ? group.path("name") : null, question));
                                first = false;
                            }
                        }
                    } else {
                        list.path("service").path(part).forEach(q -> rows.add(question(part, null, null, q)));
                    }
                }
            }
            default -> list.forEach(entry -> rows.add(spec.columns().stream().map(c -> entry.path(c.path())).toList()));
        }
        return rows;
    }

    private static List<JsonNode> question(String part, JsonNode groupCode, JsonNode groupName, JsonNode question) {
        List<JsonNode> row = new ArrayList<>(List.of(com.fasterxml.jackson.databind.node.TextNode.valueOf(part),
                groupCode == null ? MissingNode.getInstance() : groupCode, groupName == null ? MissingNode.getInstance() : groupName,
                question.path("code"), question.path("name")));
        question.path("answers").forEach(row::add);
        return row;
    }

    /** One cell to fill, typed, with the document's value when it has one. */
    private void value(XSSFSheet sheet, int row, int column, Form.Field field, JsonNode value) {
        Cell cell = cell(sheet, row, column, null, inputs.get(field.type()));
        if (value == null || value.isMissingNode() || value.isNull()) {
            return;
        }
        if (value.isNumber()) {
            cell.setCellValue(value.doubleValue());
        } else if (field.type() == Form.Type.DATE && value.isTextual()) {
            cell.setCellValue(LocalDate.parse(value.asText()));
        } else if (value.isArray()) {
            List<String> codes = new ArrayList<>();
            value.forEach(v -> codes.add(v.asText()));
            cell.setCellValue(codes.isEmpty() ? form.labels.get("ui.none", form.language) : String.join(", ", codes));
        } else {
            cell.setCellValue(value.asText());
        }
    }

    /** The validation of a field's cells in rows {@code first..last} of {@code column}, with its error in the form's language. */
    private void validate(XSSFSheet sheet, Form.Field field, int first, int last, int column) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        String cell = new CellReference(first, column).formatAsString();
        DataValidationConstraint constraint;
        String expected;
        switch (field.type()) {
            case COUNT -> {
                constraint = helper.createCustomConstraint("AND(ISNUMBER(" + cell + ")," + cell + ">=0," + cell + "=INT(" + cell + "))");
                expected = Messages.get("input.expected.wholeNumber", form.language);
            }
            case NUMBER -> {
                BigDecimal min = field.min() == null ? BigDecimal.ZERO : field.min(), max = field.max() == null ? BigDecimal.valueOf(100) : field.max();
                constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, min.toPlainString(), max.toPlainString());
                expected = Messages.format("input.expected.numberRange", Map.of("min", io.github.parsipas.text.Template.Arg.verbatim(min.toPlainString()),
                        "max", io.github.parsipas.text.Template.Arg.verbatim(max.toPlainString())), form.language);
            }
            case DATE -> {
                constraint = helper.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)", null);
                expected = Messages.get("input.expected.date", form.language);
            }
            case CODE -> {
                if (field.codes().isEmpty()) {
                    return;
                }
                constraint = helper.createFormulaListConstraint(codeList(field.codes()));
                expected = Messages.format("input.expected.oneOf", Map.of("values", io.github.parsipas.text.Template.Arg.verbatim(String.join(", ", field.codes()))), form.language);
            }
            case TEXT -> {
                constraint = helper.createTextLengthConstraint(OperatorType.BETWEEN, "1", String.valueOf(InputLimits.MAX_TEXT_LENGTH));
                expected = Messages.get("input.expected.string", form.language);
            }
            default -> {
                return;
            }
        }
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(first, last, column, column));
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.createErrorBox(form.labels.get("ui.value", form.language), expected);
        sheet.addValidationData(validation);
    }

    /** The range of the hidden sheet that lists {@code codes}, added the first time a list is asked for. */
    private String codeList(List<String> codes) {
        int index = codeLists.indexOf(codes);
        if (index < 0) {
            index = codeLists.size();
            codeLists.add(codes);
            for (int r = 0; r < codes.size(); r++) {
                cell(meta, r, 4 + index, codes.get(r), null);
            }
        }
        String column = CellReference.convertNumToColString(4 + index);
        return "'" + META + "'!$" + column + "$1:$" + column + "$" + codes.size();
    }

    /** Row {@code index} of the hidden sheet: the sheet's name, what it is, where it sits in the snapshot. */
    private void meta(int index, Form.Sheet sheet) {
        cell(meta, index, 0, sheet.name(), null);
        cell(meta, index, 1, sheet.layout().name(), null);
        cell(meta, index, 2, sheet.path(), null);
    }

    private void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private void finish(OutputStream out) throws IOException {
        workbook.setSheetOrder(META, workbook.getNumberOfSheets() - 1);
        workbook.setSheetVisibility(workbook.getSheetIndex(META), SheetVisibility.VERY_HIDDEN);
        meta.enableLocking();
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        var core = workbook.getProperties().getCoreProperties();
        core.setCreated(Optional.of(WRITTEN));
        core.setModified(Optional.of(WRITTEN));
        core.setCreator("ParSipas");
        core.setTitle(form.labels.get("ui.instructions", form.language));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        workbook.close();
        reproducible(bytes.toByteArray(), out);
    }

    /** The workbook's zip again, its entries in the same order with one fixed time instead of the clock's. */
    private static void reproducible(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream copy = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTime(WRITTEN.getTime());
                copy.putNextEntry(fixed);
                in.transferTo(copy);
                copy.closeEntry();
            }
        }
        copy.finish();
        copy.flush();
    }

    private Cell cell(XSSFSheet sheet, int row, int column, String text, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        if (text != null) {
            cell.setCellValue(text);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private CellStyle style(boolean bold, boolean small, IndexedColors fill) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        if (small) {
            font.setFontHeightInPoints((short) 8);
            font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        }
        style.setFont(font);
        style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        if (fill != null) {
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        } else {
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    /** A dotted snapshot path as a JSON pointer: {@code tthc.complaints.received} → {@code /tthc/complaints/received}. */
    static String pointer(String path) {
        return path.isEmpty() ? "" : "/" + path.replace('.', '/');
    }
}
