package io.github.parsipas.examples;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML reports as a person sees them: opened in headless Chromium with the network cut off, the page loads
 * with no console message and no fetch, the key numbers and the Vietnamese diacritics are in the rendered
 * page, and a screenshot is saved under target/html/ for review. Without Chromium the test is skipped, unless
 * PARSIPAS_REQUIRE_BROWSER is set (as .ci/run sets it, after installing Chromium).
 */
class HtmlInBrowserTest {

    private static final Path OUT = Path.of("target/html");
    private static Path chromium;

    @BeforeAll
    static void findBrowser() throws IOException {
        Optional<Path> found = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
        if (System.getenv("PARSIPAS_REQUIRE_BROWSER") != null) {
            assertThat(found).as("Chromium on the PATH (apt-get install chromium)").isPresent();
        }
        Assumptions.assumeTrue(found.isPresent(), "Chromium not installed: the HTML report is not checked in a browser");
        chromium = found.get();
        Files.createDirectories(OUT);
    }

    @Test
    void theExampleReportsRenderOfflineWithTheirNumbersAndDiacritics() throws Exception {
        Rendered ward = open("ward-vi", "evaluate", "snapshots/ward-ben-thanh-2025-10.json", "--format", "html");
        assertThat(ward.dom()).contains("Phường Bến Thành", "Tóm tắt", "Sắp xếp, giảm đơn vị sự nghiệp công lập", "55,00% (23.100/42.000)",
                "ước tính theo tiêu chí cấp tỉnh", "<svg", "<th scope=\"col\"");
        Rendered city = open("city-en", "evaluate", "snapshots/city-hcm-2025-10.yaml", "--format", "html", "--lang", "en");
        assertThat(city.dom()).contains("Not enough year-to-date data for a forecast", "49.00% (58,800,000/120,000,000)", "Thành phố Hồ Chí Minh");
        Rendered portal = open("portal-ward-vi", "evaluate", "--from", "portal766", "portal766/hcm-2025-10", "--as-of", "2025-10-31",
                "--period", "2025-10", "--unit", "xa-can-gio", "--format", "html");
        assertThat(portal.dom()).contains("Chỉ số phục vụ người dân, doanh nghiệp (766): 76,59 / 100 (Cổng công bố) — Khá",
                "Cổng công bố 5,22 điểm, quy tắc tính được 5,67 điểm");
    }

    @Test
    void theBatchSummaryRendersOfflineToo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path city = dir.resolve("city.jsonl");
        Files.write(city, SyntheticCity.generate(3, 8, 2, 2));
        Rendered batch = open("batch-vi", "batch", city.toString(), "--format", "html", "--quiet");
        assertThat(batch.dom()).contains("Tổng hợp CCHC các đơn vị — tháng 02/2025", "Bảng xếp hạng đơn vị", "Phường 001 (số liệu tổng hợp)",
                "Theo cơ quan chủ trì", "Tỷ lệ toàn Thành phố cộng từ số liệu các đơn vị");
    }

    @Test
    void aUnitNamedLikeAScriptShowsAsText(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path snapshot = dir.resolve("script.json");
        Files.writeString(snapshot, Files.readString(Path.of("snapshots/ward-ben-thanh-2025-10.json"))
                .replace("\"Phường Bến Thành (số liệu minh họa)\"", "\"<script>alert(1)</script><img src=x onerror=alert(2)>\""));
        Rendered page = open("script-name", "evaluate", snapshot.toString(), "--format", "html");
        assertThat(page.dom()).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script", "<img");
    }

    private record Rendered(String dom) {
    }

    /** Writes the report with the CLI, opens it in Chromium with every host unresolvable, returns the DOM after load. */
    private static Rendered open(String name, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(ParSipasCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path html = OUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(html, out.toString(StandardCharsets.UTF_8));
        String url = html.toUri().toString();
        Chromium dom = chromium("--dump-dom", url);
        Chromium shot = chromium("--screenshot=" + OUT.resolve(name + ".png").toAbsolutePath(), "--window-size=1280,3000", url);
        for (Chromium run : List.of(dom, shot)) {
            assertThat(run.log().lines().filter(l -> l.contains("CONSOLE") || l.contains("net::ERR") || l.contains("Uncaught")))
                    .as("console messages and failed fetches of " + name).isEmpty();
        }
        assertThat(Files.size(OUT.resolve(name + ".png"))).isGreaterThan(20_000);
        return new Rendered(dom.stdout());
    }

    private record Chromium(String stdout, String log) {
    }

    private static Chromium chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + OUT.resolve("profile").toAbsolutePath()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(OUT, "chromium", ".out");
        Path stderr = Files.createTempFile(OUT, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(stderr)).isZero();
        Chromium result = new Chromium(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        Files.delete(stdout);
        Files.delete(stderr);
        return result;
    }
}
