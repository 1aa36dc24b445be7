package io.github.parsipas.examples;

import io.github.parsipas.Evaluator;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.Report;

import java.nio.file.Path;

/** The README's embedding example, kept compiling: evaluate a snapshot and list what it loses. */
public final class EmbeddingExample {

    public static void main(String[] args) {
        Evaluator evaluator = Evaluator.create();                  // once per application: loads the rules
        Report report = evaluator.evaluate(Path.of(args[0]));      // thread-safe, one call per snapshot
        for (Finding f : report.findings()) {
            System.out.printf("%-16s %-14s %-6s %s%n", f.kind().code(), f.code(),
                    f.pointsLost() == null ? "" : f.pointsLost(), f.message().en());
        }
        System.out.println("ruleset " + report.receipt().rulesetSha256());
    }
}
