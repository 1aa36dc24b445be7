package io.github.parsipas.excel;

import io.github.parsipas.snapshot.Period;
import io.github.parsipas.snapshot.UnitKind;
import io.github.parsipas.text.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks open in another spreadsheet program than the one that wrote them: LibreOffice, headless, converts every
 * sheet of the blank and the filled template to CSV, with the labels and numbers where they were written, and a
 * workbook it saved again reads back as the snapshot it was filled from (its hidden sheet, texts and dates kept). Skipped when
 * {@code soffice} is not on the PATH, unless PARSIPAS_REQUIRE_SOFFICE is set (as .ci/run sets it, after installing
 * Debian's libreoffice-calc-nogui).
 */
class LibreOfficeTest {

    /** Comma, double quotes, UTF-8, raw values (not as shown), every sheet to its own file. */
    private static final String CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    private static Path soffice;

    @TempDir
    Path dir;

    @BeforeAll
    static void findLibreOffice() {
        Optional<Path> found = Stream.of("soffice", "libreoffice")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
        if (System.getenv("PARSIPAS_REQUIRE_SOFFICE") != null) {
            assertThat(found).as("soffice on the PATH (apt-get install libreoffice-calc-nogui)").isPresent();
        }
        Assumptions.assumeTrue(found.isPresent(), "LibreOffice (soffice) not installed: the workbooks are not opened in another program");
        soffice = found.get();
    }

    @Test
    void theBlankAndTheFilledTemplateOpenInLibreOffice() throws Exception {
        Path blank = dir.resolve("mau.xlsx");
        try (OutputStream out = Files.newOutputStream(blank)) {
            ExcelTemplate.write(RoundTripTest.EVALUATOR.methodology(), UnitKind.WARD_COMMUNE, Period.parse("2025-10").orElseThrow(), Language.VI, out);
        }
        Path filled = dir.resolve("ward.xlsx");
        try (OutputStream out = Files.newOutputStream(filled)) {
            ExcelTemplate.fill(RoundTripTest.EVALUATOR.methodology(), BadCellTest.WARD, Language.VI, out);
        }
        convert(blank);
        convert(filled);
        assertThat(sheet("mau", "Đơn vị")).contains("unit.kind,Loại đơn vị,mã trong danh sách,ward-commune,,", "period,Kỳ báo cáo,chữ,2025-10,,");
        assertThat(sheet("mau", "TTHC")).contains("tthc.complaints.received,Tiếp nhận,số lượng,,,");
        assertThat(sheet("ward", "TTHC")).contains("tthc.complaints.received,Tiếp nhận,số lượng,18,,", "tthc.complaints.resolvedOnTime,\"Giải quyết đúng hạn, trước hạn\",số lượng,14,,");
        assertThat(sheet("ward", "Lĩnh vực TTHC")).contains("code,name,received,resolved,resolvedOnTime", "ho-tich,Hộ tịch,412,398,395",
                "ho-kinh-doanh,Hộ kinh doanh,97,95,95");
        assertThat(sheet("ward", "Nhiệm vụ")).contains("UBND-2025-571,Rà soát danh mục TTHC phi địa giới,city,10/15/2025,10/21/2025");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("ward-")).count()).as("one CSV a sheet, the hidden one too").isEqualTo(20);
        }
    }

    @Test
    void aWorkbookLibreOfficeSavedIsReadBackAsTheSnapshot() throws Exception {
        List<Path> filled = new java.util.ArrayList<>();
        for (Path example : RoundTripTest.examples().toList()) {
            Path workbook = dir.resolve(example.getFileName() + ".xlsx");
            try (OutputStream out = Files.newOutputStream(workbook)) {
                ExcelTemplate.fill(RoundTripTest.EVALUATOR.methodology(), example, Language.VI, out);
            }
            filled.add(workbook);
        }
        Path saved = Files.createDirectories(dir.resolve("saved"));
        soffice(saved, "xlsx:Calc MS Excel 2007 XML", filled.toArray(Path[]::new));
        for (Path workbook : filled) {
            Path example = RoundTripTest.EXAMPLES.resolve(workbook.getFileName().toString().replace(".xlsx", ""));
            assertThat(ExcelTemplate.read(RoundTripTest.EVALUATOR.reader(), saved.resolve(workbook.getFileName())).snapshot().inputSha256())
                    .as("%s as LibreOffice saves it", example).isEqualTo(RoundTripTest.EVALUATOR.reader().read(example).inputSha256());
        }
    }

    private void convert(Path workbook) throws IOException, InterruptedException {
        soffice(dir, CSV, workbook);
    }

    /** Converts {@code workbooks} to {@code filter} in {@code outdir}, as a person opening and saving them would. */
    private void soffice(Path outdir, String filter, Path... workbooks) throws IOException, InterruptedException {
        Path profile = dir.resolve("profile");
        List<String> command = new java.util.ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore", "-env:UserInstallation=" + profile.toUri(),
                "--convert-to", filter, "--outdir", outdir.toString()));
        Stream.of(workbooks).map(Path::toString).forEach(command::add);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        String log = Files.readString(dir.resolve("soffice.log"));
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).as("no repair, no error").doesNotContainIgnoringCase("repair").doesNotContainIgnoringCase("error");
    }

    private List<String> sheet(String workbook, String sheet) throws IOException {
        return Files.readAllLines(dir.resolve(workbook + "-" + sheet + ".csv"), StandardCharsets.UTF_8);
    }
}
