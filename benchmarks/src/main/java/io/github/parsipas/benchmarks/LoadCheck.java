package io.github.parsipas.benchmarks;

import io.github.parsipas.Evaluator;
import io.github.parsipas.examples.Server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load check of the HTTP service on loopback: {@code requests} POST /v1/evaluate of the example ward from
 * {@code clients} threads, stopping at the count or the time limit, whichever comes first; prints throughput,
 * p50/p99 latency and errors. Not a JMH benchmark: it measures the service as a client sees it, sockets included.
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.parsipas.benchmarks.LoadCheck [requests] [clients] [seconds]}
 */
public final class LoadCheck {

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long limit = System.nanoTime() + (args.length > 2 ? Long.parseLong(args[2]) : 120) * 1_000_000_000L;
        byte[] ward = Inputs.bytes(Inputs.example("ward"));
        try (Server server = Server.start(Evaluator.create(), "127.0.0.1", 0, 4)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/evaluate"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(ward)).build();
            client.send(request, HttpResponse.BodyHandlers.discarding()); // the rule base is built on the first request
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (next.getAndIncrement() < requests && System.nanoTime() < limit) {
                        long sent = System.nanoTime();
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        latencies.add(System.nanoTime() - sent);
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            System.out.printf(java.util.Locale.ROOT, "%d requests from %d clients in %.1f s: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                    sorted.length, clients, seconds, sorted.length / seconds, sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.99)] / 1e6, errors.get());
        }
    }

    private LoadCheck() {
    }
}
