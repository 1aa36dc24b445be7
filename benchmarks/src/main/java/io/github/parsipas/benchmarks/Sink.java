package io.github.parsipas.benchmarks;

import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Each thread's output buffer for JSON reports, reused as a socket's or a file's would be. */
@State(Scope.Thread)
public class Sink {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);

    /** Writes the report's JSON as UTF-8 into the buffer; its size in bytes. */
    int json(Report report) throws IOException {
        out.reset();
        ReportWriter.json(report, out);
        return out.size();
    }
}
