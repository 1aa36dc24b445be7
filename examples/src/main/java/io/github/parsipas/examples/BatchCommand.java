package io.github.parsipas.examples;

import io.github.parsipas.Evaluator;
import io.github.parsipas.batch.Batch;
import io.github.parsipas.batch.BatchInput;
import io.github.parsipas.text.Language;
import io.github.parsipas.report.BatchReport;
import io.github.parsipas.report.BatchWriter;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Evaluates many units at once — snapshot files, folders, JSON lines (.jsonl) or CSV (.csv) — and prints",
                "the league table, the view per lead agency and the city's rates added up from the units' counts.",
                "Several periods of a unit make its history: trends run through all of them. Exit 2 when an input was left out."})
final class BatchCommand extends ParSipasCli.Evaluating {

    enum BatchFormat { md, json, csv, html }

    @Parameters(arity = "1..*", paramLabel = "<input>", description = "snapshot files or folders, .jsonl or .csv files")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "md", description = "md, json, csv (the league table) or html (default: ${DEFAULT-VALUE})")
    BatchFormat format;

    @Option(names = "--threads", defaultValue = "0", description = "units evaluated at once (default: one per processor)")
    int threads;

    @Option(names = "--out", paramLabel = "<folder>", description = "also write the summary in every format and each unit's report to <folder>")
    Path out;

    @Option(names = "--quiet", description = "no progress bar (there is none either when the output is not a terminal)")
    boolean quiet;

    @picocli.CommandLine.Mixin
    InputSource source;

    @Override
    public Integer call() throws IOException {
        Language language = language(lang);
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                return missing(input, false);
            }
        }
        Evaluator evaluator = evaluator();
        BatchInput.Loaded loaded = source.portal766() ? portal766(evaluator) : BatchInput.read(inputs, evaluator.reader());
        Batch batch = new Batch(evaluator, threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        Batch.Result result;
        long units = loaded.snapshots().stream().map(s -> s.unit().id()).distinct().count();
        if (quiet || System.console() == null) {
            result = batch.run(loaded, () -> { });
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName(language == Language.VI ? "Đánh giá" : "Evaluating")
                    .setInitialMax(units).setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build()) {
                result = batch.run(loaded, bar::step);
            }
        }
        BatchReport summary = result.summary();
        if (out != null) {
            write(result, language);
        }
        summary.rejected().forEach(r -> spec.commandLine().getErr().println(r.where() + ": " + r.why()));
        print(render(summary, format, language));
        return summary.rejected().isEmpty() ? 0 : ParSipasCli.INVALID_INPUT;
    }

    /** The portal's responses as one snapshot per unit; a response the adapter refuses is an input left out. */
    private BatchInput.Loaded portal766(Evaluator evaluator) {
        var read = source.readPortal(evaluator, inputs, spec);
        return new BatchInput.Loaded(read.snapshots(), read.problems().stream().map(p -> BatchInput.rejection(p.source(), p)).toList());
    }

    private void write(Batch.Result result, Language language) throws IOException {
        Files.createDirectories(out.resolve("units"));
        for (BatchFormat each : BatchFormat.values()) {
            Files.writeString(out.resolve("batch." + each.name()), render(result.summary(), each, language));
        }
        for (Report report : result.reports()) {
            Files.writeString(out.resolve("units").resolve(report.unit().id().replaceAll("[^A-Za-z0-9._-]", "_") + ".md"),
                    ReportWriter.markdown(report, language));
        }
    }

    private static String render(BatchReport summary, BatchFormat format, Language language) {
        return switch (format) {
            case md -> BatchWriter.markdown(summary, language);
            case json -> BatchWriter.json(summary);
            case csv -> BatchWriter.csv(summary, language);
            case html -> BatchWriter.html(summary, language);
        };
    }
}
