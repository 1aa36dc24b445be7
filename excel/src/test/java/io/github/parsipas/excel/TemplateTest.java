package io.github.parsipas.excel;

import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.snapshot.Period;
import io.github.parsipas.snapshot.UnitKind;
import io.github.parsipas.text.Language;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The blank template: its sheets per kind of unit, its rows, types, validations and protection, and the same bytes each time. */
class TemplateTest {

    static final Methodology METHODOLOGY = Methodology.bundled();

    static byte[] template(UnitKind kind, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(METHODOLOGY, kind, Period.parse("2025-10").orElseThrow(), language, out);
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<String> sheets(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static String text(Sheet sheet, String cell) {
        CellReference ref = new CellReference(cell);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue();
    }

    static DataValidation validation(XSSFSheet sheet, String cell) {
        CellReference ref = new CellReference(cell);
        return sheet.getDataValidations().stream().filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                .anyMatch(r -> r.isInRange(ref.getRow(), ref.getCol()))).findFirst().orElseThrow();
    }

    @Test
    void eachKindOfUnitHasTheSheetsItsItemsRead() throws IOException {
        try (XSSFWorkbook ward = open(template(UnitKind.WARD_COMMUNE, Language.VI))) {
            assertThat(sheets(ward)).containsExactly("Hướng dẫn", "Đơn vị", "TTHC", "Lĩnh vực TTHC", "Chuyển đổi số", "Tài chính công", "Tổ chức bộ máy",
                    "Công chức", "Chỉ đạo điều hành", "Tác động", "Chất lượng phục vụ", "Chỉ số 766", "Điều tra XHH", "SIPAS", "Nhiệm vụ", "Văn bản trái pháp luật",
                    "Sản phẩm", "Báo cáo định kỳ", "Điểm đã công bố", "parsipas");
            assertThat(ward.getSheetVisibility(ward.getSheetIndex("parsipas"))).isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            // departments only: guidance for the TTHC decentralised to wards
            assertThat(ward.getSheet("TTHC").getRow(2).getCell(1).getStringCellValue()).isEqualTo("Đơn thư, khiếu nại, tố cáo");
            assertThat(column(ward.getSheet("TTHC"), 0)).doesNotContain("tthc.decentralisedGuidance.procedures");
        }
        try (XSSFWorkbook department = open(template(UnitKind.DEPARTMENT, Language.EN))) {
            assertThat(column(department.getSheet("TTHC"), 0)).contains("tthc.decentralisedGuidance.procedures", "tthc.decentralisedGuidance.guided");
            // the forecast's projection is the city's
            assertThat(column(department.getSheet("Impact"), 0)).doesNotContain("impact.projected.parPercent");
        }
        try (XSSFWorkbook city = open(template(UnitKind.CITY, Language.EN))) {
            assertThat(sheets(city)).contains("Instructions", "Unit", "TTHC", "TTHC fields", "PAR survey", "SIPAS", "Tasks");
            assertThat(column(city.getSheet("PAR survey"), 0)).containsExactly("", "Field", "", "parSurvey.leadersPercent");
            assertThat(column(city.getSheet("Impact"), 0)).contains("impact.projected.parPercent");
            assertThat(column(city.getSheet("Impact"), 5)).contains("G-PAR-TOP10 Goal: 2025 PAR Index among the top 10 provinces; PAR Index forecast (plan III.2)");
        }
    }

    static List<String> column(Sheet sheet, int column) {
        List<String> cells = new ArrayList<>();
        sheet.forEach(row -> cells.add(row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue()));
        return cells;
    }

    @Test
    void aCountRowHasItsLabelUnitAndUseLockedAndAValidatedWholeNumberCellToFill() throws IOException {
        try (XSSFWorkbook ward = open(template(UnitKind.WARD_COMMUNE, Language.VI))) {
            XSSFSheet tthc = ward.getSheet("TTHC");
            assertThat(List.of(text(tthc, "A2"), text(tthc, "B2"), text(tthc, "C2"), text(tthc, "D2"), text(tthc, "E2"), text(tthc, "F2")))
                    .containsExactly("Mã trường", "Nội dung", "Đơn vị tính", "Số liệu", "Kỳ trước", "Dùng để đánh giá");
            assertThat(text(tthc, "F3")).isEqualTo("T-ONTIME-KNTC Xử lý đơn, giải quyết khiếu nại, tố cáo đúng hạn từ 95%");
            assertThat(List.of(text(tthc, "A4"), text(tthc, "B4"), text(tthc, "C4"))).containsExactly("tthc.complaints.received", "Tiếp nhận", "số lượng");
            assertThat(tthc.isSheetLocked()).isTrue();
            assertThat(cellOf(tthc, "B4").getCellStyle().getLocked()).isTrue();
            assertThat(cellOf(tthc, "D4").getCellStyle().getLocked()).isFalse();
            assertThat(cellOf(tthc, "E4").getCellStyle().getLocked()).isFalse();
            DataValidation count = validation(tthc, "D4");
            assertThat(count.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.FORMULA);
            assertThat(count.getValidationConstraint().getFormula1()).isEqualTo("AND(ISNUMBER(D4),D4>=0,D4=INT(D4))");
            assertThat(count.getErrorBoxText()).isEqualTo("một số nguyên ≥ 0");
            // money and days say so
            XSSFSheet finance = ward.getSheet("Tài chính công");
            assertThat(text(finance, "B3") + " | " + text(finance, "C3")).isEqualTo("Giải ngân vốn đầu tư công | triệu đồng");
        }
    }

    @Test
    void theUnitAndPeriodAreFilledInAndCodesAndDatesValidated() throws IOException {
        try (XSSFWorkbook ward = open(template(UnitKind.WARD_COMMUNE, Language.VI))) {
            XSSFSheet unit = ward.getSheet("Đơn vị");
            assertThat(column(unit, 0)).containsExactly("", "Mã trường", "", "unit.id", "unit.name", "unit.kind", "unit.leadRoles", "asOf", "period",
                    "basis", "previous.asOf");
            assertThat(text(unit, "D6")).isEqualTo("ward-commune");
            assertThat(text(unit, "D9")).isEqualTo("2025-10");
            assertThat(validation(unit, "D8").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(text(unit, "C8")).isEqualTo("ngày (dd/mm/yyyy)");
            XSSFSheet tasks = ward.getSheet("Nhiệm vụ");
            assertThat(column(tasks, 2).subList(3, 5)).containsExactly("Cấp giao", "assignedBy");
            String list = validation(tasks, "C6").getValidationConstraint().getFormula1();
            assertThat(list).matches("'parsipas'!\\$[A-Z]+\\$1:\\$[A-Z]+\\$3");
            Sheet meta = ward.getSheet("parsipas");
            int col = new CellReference(list.substring(list.indexOf('$') + 1, list.indexOf('$', list.indexOf('$') + 1)) + "1").getCol();
            assertThat(List.of(meta.getRow(0).getCell(col).getStringCellValue(), meta.getRow(1).getCell(col).getStringCellValue(),
                    meta.getRow(2).getCell(col).getStringCellValue())).containsExactly("government", "prime-minister", "city");
            assertThat(validation(tasks, "D1000").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(text(tasks, "B3")).isEmpty();
        }
    }

    static org.apache.poi.ss.usermodel.Cell cellOf(Sheet sheet, String cell) {
        CellReference ref = new CellReference(cell);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    @Test
    void theSameTemplateIsTheSameBytesWithNoClockInIt() throws Exception {
        byte[] first = template(UnitKind.CITY, Language.VI);
        Thread.sleep(2100); // zip times have a two-second resolution
        assertThat(template(UnitKind.CITY, Language.VI)).isEqualTo(first);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(java.time.LocalDateTime.of(2025, 1, 1, 0, 0));
                if (entry.getName().equals("docProps/core.xml")) {
                    assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-01-01T00:00:00Z</dcterms:created>");
                }
            }
        }
    }
}
