package io.github.parsipas.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parsipas.Evaluator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP service on an ephemeral loopback port: every endpoint, every error status, no stack trace on the wire. */
class ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Server server;

    @BeforeAll
    static void start() throws Exception {
        server = Server.start(Evaluator.create(), "127.0.0.1", 0, 4);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void startingAServerLeavesTheJvmsSystemPropertiesAlone() {
        // The JDK server's time limits belong to whoever owns the process (serve sets its own), not to an embedded server.
        assertThat(System.getProperties()).doesNotContainKeys("sun.net.httpserver.maxReqTime", "sun.net.httpserver.maxRspTime");
    }

    @Test
    void healthRulesetsAndTheOpenApiDocument() throws Exception {
        assertThat(json(get("/v1/health")).path("status").asText()).isEqualTo("ok");
        JsonNode rulesets = json(get("/v1/rulesets"));
        assertThat(rulesets.path("rulesetSha256").asText()).hasSize(64);
        assertThat(rulesets.path("packs").findValuesAsText("id")).contains("par-province", "hcmc-plan-2025", "index-766", "sipas");
        JsonNode openApi = json(get("/v1/openapi.json"));
        assertThat(openApi.path("paths").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("/v1/evaluate", "/v1/what-if", "/v1/batch", "/v1/health", "/v1/rulesets", "/v1/openapi.json");
    }

    @Test
    void evaluatesJsonAndYamlIntoJsonMarkdownAndHtml() throws Exception {
        HttpResponse<String> report = post("/v1/evaluate", "application/json", Files.readString(Path.of("snapshots/ward-ben-thanh-2025-10.json")));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(json(report).path("unit").path("id").asText()).isEqualTo("hcm-phuong-ben-thanh");
        HttpResponse<String> markdown = post("/v1/evaluate?format=md&lang=en", "application/yaml",
                Files.readString(Path.of("snapshots/department-so-tu-phap-2025-11.yaml")));
        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(markdown.body()).startsWith("# Administrative reform evaluation — Sở Tư pháp");
        HttpResponse<String> html = post("/v1/evaluate?format=html&method=876/QĐ-BNV", "application/yaml",
                Files.readString(Path.of("snapshots/city-hcm-2025-10.yaml")));
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("876/QĐ-BNV");
    }

    @Test
    void badInputIsAProblemDocumentNamingThePath() throws Exception {
        String bad = Files.readString(Path.of("snapshots/ward-ben-thanh-2025-10.json")).replace("\"resolvedOnTime\": 395", "\"resolvedOnTime\": 399");
        HttpResponse<String> response = post("/v1/evaluate", "application/json", bad);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).isEqualTo("request body: 1 problem, each named by its JSON path");
        assertThat(problem.path("problems").get(0).path("path").asText()).isEqualTo("$.tthc.fields[0].resolvedOnTime");
        assertThat(problem.path("problems").get(0).path("expected").asText()).isEqualTo("at most resolved (398 at $.tthc.fields[0].resolved)");
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        assertThat(post("/v1/evaluate?format=pdf", "application/json", Files.readString(Path.of("snapshots/ward-ben-thanh-2025-10.json"))).body())
                .contains("format: found \\\"pdf\\\", expected json, md or html");
        assertThat(json(post("/v1/evaluate?method=999", "application/json", Files.readString(Path.of("snapshots/ward-ben-thanh-2025-10.json"))))
                .path("problems").get(0).path("found").asText()).isEqualTo("\"999\"");
    }

    @Test
    void everyOtherErrorStatus() throws Exception {
        assertThat(get("/v1/nothing").statusCode()).isEqualTo(404);
        HttpResponse<String> wrongMethod = get("/v1/evaluate");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertThat(post("/v1/health", "application/json", "{}").statusCode()).isEqualTo(405);
        assertThat(post("/v1/evaluate", "text/plain", "x").statusCode()).isEqualTo(415);
        assertThat(post("/v1/batch", "application/json", "{}").statusCode()).isEqualTo(415);
        HttpResponse<String> tooLarge = post("/v1/evaluate", "application/json", "x".repeat(Server.MAX_BODY + 1));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json(tooLarge).path("detail").asText()).isEqualTo("the body is over " + Server.MAX_BODY + " bytes");
    }

    @Test
    void whatIfShowsThePointsAChangeWins() throws Exception {
        String ward = Files.readString(Path.of("snapshots/ward-ben-thanh-2025-10.json"));
        HttpResponse<String> response = post("/v1/what-if", "application/json", "{\"snapshot\": " + ward + ", \"set\": {\"digital.onlineDossiers.online\": 1000}}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.path("changes").path("digital.onlineDossiers.online").asLong()).isEqualTo(1000);
        assertThat(result.path("closed").findValuesAsText("path")).contains("$.digital.onlineDossiers");
        HttpResponse<String> unknown = post("/v1/what-if", "application/json", "{\"snapshot\": " + ward + ", \"set\": {\"no.such\": 1}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("problems").get(0).path("path").asText()).isEqualTo("no.such");
        assertThat(post("/v1/what-if", "application/json", "{\"set\": {}}").statusCode()).isEqualTo(400);
        HttpResponse<String> broken = post("/v1/what-if", "application/json", "{\"set\":\n {\"a\": }}");
        assertThat(json(broken).path("problems").get(0).path("found").asText()).isEqualTo("text that is not JSON at line 2, column 8");
    }

    @Test
    void batchesJsonLinesAndListsTheLinesItCouldNotRead() throws Exception {
        String lines = String.join("\n", SyntheticCity.generate(5, 3, 1, 2)) + "\n{\"format\": \"parsipas.snapshot/1\"}\n";
        HttpResponse<String> response = post("/v1/batch", "application/x-ndjson", lines);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = json(response);
        assertThat(summary.path("units")).hasSize(4);
        assertThat(summary.path("rejected").get(0).path("where").asText()).isEqualTo("body:9");
        assertThat(post("/v1/batch?format=csv", "application/x-ndjson", lines).body()).startsWith("rank,unit,name,kind,period,");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path.replace("Đ", "%C4%90"));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
