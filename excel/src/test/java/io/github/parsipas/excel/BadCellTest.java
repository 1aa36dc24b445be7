package io.github.parsipas.excel;

import io.github.parsipas.Evaluator;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.text.Language;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each class of bad cell in a filled workbook, and the sheet, cell and JSON path its problem names, in both languages. */
class BadCellTest {

    static final Evaluator EVALUATOR = RoundTripTest.EVALUATOR;
    static final Path WARD = RoundTripTest.EXAMPLES.resolve("ward-ben-thanh-2025-10.json");

    @TempDir
    static Path temp;
    static Path filled;

    @BeforeAll
    static void fill() throws IOException {
        filled = temp.resolve("ward.xlsx");
        try (OutputStream out = Files.newOutputStream(filled)) {
            ExcelTemplate.fill(EVALUATOR.methodology(), WARD, Language.VI, out);
        }
    }

    /** The ward's filled workbook with one change. */
    static Path changed(String name, Consumer<XSSFWorkbook> change) throws IOException {
        Path copy = temp.resolve(name + ".xlsx");
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            change.accept(workbook);
            try (OutputStream out = Files.newOutputStream(copy)) {
                workbook.write(out);
            }
        }
        return copy;
    }

    static Consumer<XSSFWorkbook> set(String sheet, String cell, Object value) {
        return workbook -> {
            CellReference ref = new CellReference(cell);
            var row = workbook.getSheet(sheet).getRow(ref.getRow());
            Cell c = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value == null) {
                c.setBlank();
            } else if (value instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                c.setCellValue(d);
            } else {
                c.setCellValue(value.toString());
            }
        };
    }

    static String problems(Path workbook, Language language) {
        try {
            ExcelTemplate.Input input = ExcelTemplate.read(EVALUATOR.reader(), workbook);
            try {
                EVALUATOR.evaluate(input.snapshot());
            } catch (InvalidInputException e) {
                throw input.locate(e);
            }
        } catch (InvalidInputException e) {
            return e.describe(language).replace(workbook.toString(), "<file>");
        }
        return "no problem";
    }

    @Test
    void textInANumberCell() throws IOException {
        Path workbook = changed("text", set("TTHC", "D4", "mười tám"));
        assertThat(problems(workbook, Language.VI)).isEqualTo("""
                dữ liệu không hợp lệ (<file>):
                  'TTHC'!D4 ($.tthc.complaints.received): nhận được "mười tám", cần một số nguyên ≥ 0""");
        assertThat(problems(workbook, Language.EN)).isEqualTo("""
                invalid input <file>:
                  'TTHC'!D4 ($.tthc.complaints.received): found "mười tám", expected a whole number ≥ 0""");
    }

    @Test
    void aNegativeCount() throws IOException {
        assertThat(problems(changed("negative", set("TTHC", "D5", -1)), Language.EN)).isEqualTo("""
                invalid input <file>:
                  'TTHC'!D5 ($.tthc.complaints.resolved): found -1, expected a count ≥ 0""");
    }

    @Test
    void aCountAboveTheOneBeforeInAList() throws IOException {
        assertThat(problems(changed("above", set("Lĩnh vực TTHC", "E7", 531)), Language.VI)).isEqualTo("""
                dữ liệu không hợp lệ (<file>):
                  'Lĩnh vực TTHC'!E7 ($.tthc.fields[1].resolvedOnTime): nhận được 531, cần không quá `resolved` (530 tại `$.tthc.fields[1].resolved`)""");
    }

    @Test
    void aBadDate() throws IOException {
        Path workbook = changed("date", set("Nhiệm vụ", "D6", "15/10/2025"));
        assertThat(problems(workbook, Language.VI)).isEqualTo("""
                dữ liệu không hợp lệ (<file>):
                  'Nhiệm vụ'!D6 ($.tasks[0].due): nhận được "15/10/2025", cần một ngày theo dạng YYYY-MM-DD""");
        assertThat(problems(workbook, Language.EN)).isEqualTo("""
                invalid input <file>:
                  'Nhiệm vụ'!D6 ($.tasks[0].due): found "15/10/2025", expected a date as YYYY-MM-DD""");
    }

    @Test
    void aDateTypedAsADateIsRead() throws IOException {
        Path workbook = changed("real-date", set("Nhiệm vụ", "D6", LocalDate.of(2025, 10, 16)));
        assertThat(ExcelTemplate.read(EVALUATOR.reader(), workbook).snapshot().tasks().get(0).due()).isEqualTo(LocalDate.of(2025, 10, 16));
    }

    @Test
    void anUnknownCode() throws IOException {
        assertThat(problems(changed("assigner", set("Nhiệm vụ", "C6", "ward")), Language.EN)).isEqualTo("""
                invalid input <file>:
                  'Nhiệm vụ'!C6 ($.tasks[0].assignedBy): found "ward", expected one of government, prime-minister, city""");
        assertThat(problems(changed("kind", set("Đơn vị", "D6", "district")), Language.VI)).isEqualTo("""
                dữ liệu không hợp lệ (<file>):
                  'Đơn vị'!D6 ($.unit.kind): nhận được "district", cần một trong các loại `city`, `department`, `ward-commune`""");
    }

    @Test
    void anUnknownCodeTheEvaluatorFindsNamesItsCellToo() throws IOException {
        assertThat(problems(changed("deliverable", set("Sản phẩm", "A6", "D-NOTHING")), Language.EN)).isEqualTo("""
                invalid input <file>:
                  'Sản phẩm'!A6 ($.deliverables[0].code): found "D-NOTHING", expected a deliverable code, one of D-KHCN-ARCH, D-KHCN-ONLINE, D-NOBOUND, D-TP-TRAINING, D-UNIT-PLAN""");
    }

    @Test
    void aMissingRequiredCell() throws IOException {
        Path workbook = changed("missing", set("TTHC", "D6", null));
        assertThat(problems(workbook, Language.VI)).isEqualTo("""
                dữ liệu không hợp lệ (<file>):
                  'TTHC'!D6 ($.tthc.complaints.resolvedOnTime): nhận được không có gì, cần một giá trị (trường bắt buộc)""");
        assertThat(problems(changed("no-asof", set("Đơn vị", "D8", null)), Language.EN)).isEqualTo("""
                invalid input <file>:
                  'Đơn vị'!D8 ($.asOf): found nothing, expected a value (the field is required)""");
    }

    @Test
    void aPeriodThatIsNoPeriodIsSaidOnce() throws IOException {
        assertThat(problems(changed("period", set("Đơn vị", "D9", "tháng 10")), Language.VI)).isEqualTo("""
                dữ liệu không hợp lệ (<file>):
                  'Đơn vị'!D9 ($.period): nhận được "tháng 10", cần một kỳ dạng YYYY-MM, YYYY-Qn hoặc YYYY-Www""");
    }

    @Test
    void aListMarkedNoneWithEntries() throws IOException {
        assertThat(problems(changed("none", set("Nhiệm vụ", "B3", "không có")), Language.EN)).isEqualTo("""
                invalid input <file>:
                  'Nhiệm vụ'!B3 ($.tasks): found "không có", expected either entries in the table below or "none", not both""");
    }

    @Test
    void anEmptyListMarkedNoneIsAnEmptyList() throws IOException {
        // the ward's legal documents are an empty list: its "none" cell says so
        Path workbook = changed("unmarked", set("Văn bản trái pháp luật", "B3", null));
        assertThat(ExcelTemplate.read(EVALUATOR.reader(), filled).snapshot().legalDocuments()).isEmpty();
        assertThat(ExcelTemplate.read(EVALUATOR.reader(), workbook).snapshot().legalDocuments()).isNull();
    }

    @Test
    void aFileThatIsNoTemplate() throws IOException {
        Path text = temp.resolve("text.xlsx");
        Files.writeString(text, "unit,kind\n");
        assertThat(problems(text, Language.EN)).startsWith("invalid input <file>:\n  $: found a file that is not an .xlsx workbook (")
                .endsWith("), expected an .xlsx workbook written by parsipas template");
        Path other = temp.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            workbook.createSheet("Sheet1");
            workbook.write(out);
        }
        assertThat(problems(other, Language.VI)).isEqualTo("""
                dữ liệu không hợp lệ (<file>):
                  $: nhận được một sổ tính không có trang ẩn của mẫu, cần một sổ tính .xlsx do lệnh `parsipas template` tạo ra""");
    }

    @Test
    void aDeletedSheet() throws IOException {
        Path workbook = changed("deleted", w -> w.removeSheetAt(w.getSheetIndex("TTHC")));
        assertThat(problems(workbook, Language.EN)).isEqualTo("""
                invalid input <file>:
                  'TTHC': found nothing, expected the template's sheet TTHC""");
    }
}
