package io.github.parsipas.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.parsipas.Evaluator;
import io.github.parsipas.batch.Batch;
import io.github.parsipas.batch.BatchInput;
import io.github.parsipas.text.Language;
import io.github.parsipas.report.BatchWriter;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.report.WhatIf;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * ParSipas over HTTP, for apps in other languages: {@code /v1/evaluate}, {@code /v1/what-if}, {@code /v1/batch},
 * {@code /v1/health}, {@code /v1/rulesets}, {@code /v1/openapi.json}. On the JDK's own HTTP server: no dependency, and
 * enough for a service behind the host's gateway (which does TLS and authentication). Errors are RFC 9457 problem
 * documents naming each bad input by JSON path, as the command line does; never a stack trace.
 */
public final class Server implements AutoCloseable {

    /** The largest request body read: a snapshot's own limit; a batch of JSON lines may be larger. */
    static final int MAX_BODY = io.github.parsipas.snapshot.InputLimits.MAX_BYTES;
    static final int MAX_BATCH_BODY = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** The service's description, read once from the jar. */
    private static final byte[] OPENAPI = openApi();

    private final Evaluator evaluator;
    private final HttpServer http;
    private final ExecutorService workers;

    private Server(Evaluator evaluator, HttpServer http, ExecutorService workers) {
        this.evaluator = evaluator;
        this.http = http;
        this.workers = workers;
    }

    /**
     * Starts serving on {@code host:port} (port 0: any free one) with {@code threads} workers. The JDK server's time
     * limits for a request to arrive and a response to leave are system properties of the whole JVM
     * ({@code sun.net.httpserver.maxReqTime}, {@code maxRspTime}, in seconds), read when its first server starts:
     * they belong to whoever owns the process, so this leaves them alone ({@code serve} sets them for its own).
     */
    public static Server start(Evaluator evaluator, String host, int port, int threads) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Server server = new Server(evaluator, http, workers);
        http.createContext("/", server::handle);
        http.setExecutor(workers);
        http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (HttpError e) {
                problem(exchange, e.status, e.title, e.detail, List.of());
            } catch (InvalidInputException e) {
                problem(exchange, 400, "Bad input", e.source() + ": " + e.total() + (e.total() == 1 ? " problem" : " problems")
                        + ", each named by its JSON path", e.problems());
            } catch (RuntimeException e) {
                problem(exchange, 500, "Internal error", "the evaluation failed; the server's log has the details", List.of());
                System.getLogger(Server.class.getName()).log(System.Logger.Level.ERROR, "request failed: " + exchange.getRequestURI(), e);
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/v1/health" -> allow(exchange, "GET", () -> send(exchange, 200, "application/json", JSON.writeValueAsBytes(
                    new java.util.TreeMap<>(Map.of("status", "ok", "rulesetSha256", evaluator.methodology().contentHash())))));
            case "/v1/rulesets" -> allow(exchange, "GET", () -> send(exchange, 200, "application/json", JSON.writeValueAsBytes(rulesets())));
            case "/v1/openapi.json" -> allow(exchange, "GET", () -> send(exchange, 200, "application/json", OPENAPI));
            case "/v1/evaluate" -> allow(exchange, "POST", () -> evaluate(exchange));
            case "/v1/what-if" -> allow(exchange, "POST", () -> whatIf(exchange));
            case "/v1/batch" -> allow(exchange, "POST", () -> batch(exchange));
            default -> throw new HttpError(404, "Not found", "no such resource: " + path + "; see /v1/openapi.json");
        }
    }

    private void evaluate(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        Snapshot snapshot = snapshot(exchange, body(exchange, MAX_BODY));
        Report report = evaluator.evaluate(snapshot, query.get("method"));
        Language language = language(query);
        switch (query.getOrDefault("format", "json")) {
            case "json" -> {
                java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(256 * 1024);
                ReportWriter.json(report, body);
                send(exchange, 200, "application/json", body.toByteArray());
            }
            case "md" -> send(exchange, 200, "text/markdown; charset=utf-8", ReportWriter.markdown(report, language).getBytes(StandardCharsets.UTF_8));
            case "html" -> send(exchange, 200, "text/html; charset=utf-8", ReportWriter.html(report, language).getBytes(StandardCharsets.UTF_8));
            default -> throw badQuery("format", query.get("format"), "json, md or html");
        }
    }

    /** Body: {@code {"snapshot": {…}, "set": {"digital.onlineDossiers.online": 1000}}}. */
    private void whatIf(HttpExchange exchange) throws IOException {
        requireType(exchange, "application/json");
        JsonNode body = parse(body(exchange, MAX_BODY));
        JsonNode set = body.path("set");
        if (!body.has("snapshot") || !set.isObject() || set.isEmpty()) {
            throw new InvalidInputException("what-if request", List.of(new InputProblem("$", "no snapshot or no set",
                    "{\"snapshot\": {…}, \"set\": {\"<count path>\": <whole number>, …}}")));
        }
        Map<String, Long> changes = new LinkedHashMap<>();
        set.fields().forEachRemaining(e -> {
            if (!e.getValue().canConvertToExactIntegral() || !e.getValue().canConvertToLong()) {
                throw new InvalidInputException("what-if request", List.of(new InputProblem("$.set['" + e.getKey() + "']", e.getValue().toString(), "a whole number")));
            }
            changes.put(e.getKey(), e.getValue().longValue());
        });
        Snapshot snapshot = evaluator.reader().fromJson("$.snapshot", JSON.writeValueAsBytes(body.get("snapshot")));
        WhatIf result = evaluator.whatIf(snapshot, changes);
        Map<String, String> query = query(exchange.getRequestURI());
        if ("md".equals(query.get("format"))) {
            send(exchange, 200, "text/markdown; charset=utf-8", result.markdown(language(query)).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("changes", result.changes());
        out.put("indices", result.indices());
        out.put("criteria", result.criteria());
        out.put("closed", result.closed());
        out.put("opened", result.opened());
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(out));
    }

    /** Body: JSON lines, one snapshot a line; out: the batch summary. Lines the reader refuses are listed, the rest evaluated. */
    private void batch(HttpExchange exchange) throws IOException {
        requireType(exchange, "application/x-ndjson", "application/jsonl", "application/json-lines");
        byte[] body = body(exchange, MAX_BATCH_BODY);
        BatchInput.Loaded loaded = BatchInput.readJsonLines("body", new java.io.InputStreamReader(new java.io.ByteArrayInputStream(body),
                StandardCharsets.UTF_8), evaluator.reader());
        var summary = new Batch(evaluator, 1).run(loaded, () -> { }).summary();
        Map<String, String> query = query(exchange.getRequestURI());
        Language language = language(query);
        switch (query.getOrDefault("format", "json")) {
            case "json" -> send(exchange, 200, "application/json", BatchWriter.json(summary).getBytes(StandardCharsets.UTF_8));
            case "md" -> send(exchange, 200, "text/markdown; charset=utf-8", BatchWriter.markdown(summary, language).getBytes(StandardCharsets.UTF_8));
            case "csv" -> send(exchange, 200, "text/csv; charset=utf-8", BatchWriter.csv(summary, language).getBytes(StandardCharsets.UTF_8));
            case "html" -> send(exchange, 200, "text/html; charset=utf-8", BatchWriter.html(summary, language).getBytes(StandardCharsets.UTF_8));
            default -> throw badQuery("format", query.get("format"), "json, md, csv or html");
        }
    }

    private Snapshot snapshot(HttpExchange exchange, byte[] body) {
        String type = mediaType(exchange);
        return switch (type) {
            case "application/json" -> evaluator.reader().fromJson("request body", body);
            case "application/yaml", "application/x-yaml", "text/yaml" -> evaluator.reader().fromYaml("request body", body);
            default -> throw new HttpError(415, "Unsupported media type", "found \"" + type + "\", expected application/json or application/yaml");
        };
    }

    private Map<String, Object> rulesets() {
        Map<String, Object> rulesets = new LinkedHashMap<>(); // in this order, whatever the JVM's hash salt
        rulesets.put("rulesetSha256", evaluator.methodology().contentHash());
        rulesets.put("packs", evaluator.methodology().packs().stream().map(pack -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", pack.id());
            entry.put("version", pack.version());
            entry.put("methodVersions", pack.versions().stream().map(v -> v.code()).toList());
            entry.put("items", pack.items().size());
            return entry;
        }).toList());
        return rulesets;
    }

    private static byte[] openApi() {
        try (InputStream in = Server.class.getResourceAsStream("/openapi.json")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("openapi.json is missing from the CLI jar", e);
        }
    }

    private static void requireType(HttpExchange exchange, String... types) {
        String type = mediaType(exchange);
        if (!List.of(types).contains(type)) {
            throw new HttpError(415, "Unsupported media type", "found \"" + type + "\", expected " + String.join(" or ", types));
        }
    }

    private static String mediaType(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Content-Type");
        return header == null ? "" : header.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] body(HttpExchange exchange, int limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new HttpError(413, "Payload too large", "the body is over " + limit + " bytes");
            }
            return body;
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            com.fasterxml.jackson.core.JsonLocation at = e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getLocation() : null;
            throw new InvalidInputException("request body", List.of(new InputProblem("$", "text that is not JSON"
                    + (at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), "a JSON object")));
        }
    }

    private static Language language(Map<String, String> query) {
        String lang = query.getOrDefault("lang", "vi");
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw badQuery("lang", lang, "vi or en");
        }
        return Language.fromCode(lang);
    }

    private static HttpError badQuery(String name, String value, String expected) {
        return new HttpError(400, "Bad query", name + ": found \"" + value + "\", expected " + expected);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void allow(HttpExchange exchange, String allowed, Action action) throws IOException {
        if (!exchange.getRequestMethod().equals(allowed)) {
            exchange.getResponseHeaders().set("Allow", allowed);
            throw new HttpError(405, "Method not allowed", "found " + exchange.getRequestMethod() + ", expected " + allowed);
        }
        action.run();
    }

    /** An RFC 9457 problem document; {@code problems} names each bad input by its JSON path. */
    private static void problem(HttpExchange exchange, int status, String title, String detail, List<InputProblem> problems) throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("type", "about:blank");
        doc.put("title", title);
        doc.put("status", status);
        doc.put("detail", detail);
        if (!problems.isEmpty()) {
            ArrayNode list = doc.putArray("problems");
            problems.forEach(p -> list.addObject().put("path", p.path()).put("found", p.found()).put("expected", p.expected()));
        }
        send(exchange, status, "application/problem+json", JSON.writeValueAsBytes(doc));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** An HTTP status with a title and a detail for the problem document. */
    private static final class HttpError extends RuntimeException {
        final int status;
        final String title;
        final String detail;

        HttpError(int status, String title, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.title = title;
            this.detail = detail;
        }
    }
}
