package io.github.parsipas.examples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the evaluator over HTTP until stopped: POST /v1/evaluate, /v1/what-if, /v1/batch; GET /v1/health,",
                "/v1/rulesets, /v1/openapi.json. Plain HTTP on loopback by default: put TLS and authentication in front of it."})
final class ServeCommand extends ParSipasCli.Evaluating {

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0: any free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--threads", defaultValue = "0", description = "requests served at once (default: two per processor)")
    int threads;

    @Override
    public Integer call() throws Exception {
        // The process is the server: its JDK limits (seconds) a request must arrive, and a response leave, within;
        // -D on the command line wins.
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "30");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "60");
        Server server = Server.start(evaluator(), host, port, threads > 0 ? threads : 2 * Runtime.getRuntime().availableProcessors());
        spec.commandLine().getErr().println("ParSipas listening on http://" + host + ":" + server.port() + "/v1/ (Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
