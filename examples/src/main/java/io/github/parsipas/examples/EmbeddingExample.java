package io.github.parsipas.examples;

import io.github.parsipas.Evaluator;
import io.github.parsipas.text.Language;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;

import java.nio.file.Path;

/** The README's embedding example, line for line, so that it keeps compiling. */
public final class EmbeddingExample {

    public static void main(String[] args) {
        Evaluator evaluator = Evaluator.create();                  // once: loads rules and packs; thread-safe
        Report report = evaluator.evaluate(Path.of(args[0]));      // JSON or YAML; InvalidInputException on bad input
        for (Finding f : report.findings()) {                      // deductions, warnings, recommendations, cannot-evaluate
            System.out.printf("%s %s %s %s%n", f.kind().code(), f.code(), f.pointsLost(), f.message().vi());
        }
        String json = ReportWriter.json(report);                   // schema parsipas.report/1, byte-stable
        String md = ReportWriter.markdown(report, Language.EN);    // for people
        String receipt = report.receipt().rulesetSha256();         // store it with the report
        System.out.println(json.length() + " bytes of JSON, " + md.length() + " characters of Markdown, ruleset " + receipt);
    }
}
