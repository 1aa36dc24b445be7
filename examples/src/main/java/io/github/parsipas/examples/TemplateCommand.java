package io.github.parsipas.examples;

import io.github.parsipas.excel.ExcelTemplate;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.snapshot.Period;
import io.github.parsipas.snapshot.UnitKind;
import io.github.parsipas.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Writes the Excel workbook (.xlsx) a unit fills for a period, generated from the rule set's inputs;",
                "evaluate reads it back. With --fill, the workbook of a snapshot file, filled with its data."})
final class TemplateCommand extends ParSipasCli.Evaluating {

    @Option(names = "--kind", paramLabel = "<kind>", description = "ward, department or city")
    String kind;

    @Option(names = "--period", paramLabel = "<period>", description = "the period: 2025-10, 2025-Q4 or 2025-W43")
    String period;

    @Option(names = "--fill", paramLabel = "<snapshot>", description = "a snapshot file (.json or .yaml) whose kind, period and data fill the workbook")
    Path fill;

    @Option(names = "--out", paramLabel = "<file>", description = "write the workbook to <file> (default: standard output)")
    Path out;

    /** The command line's own standard output, for the workbook's bytes. */
    PrintStream stdout = System.out;

    @Override
    public Integer call() throws IOException {
        Language language = language(lang);
        if (fill != null) {
            Integer missing = missing(fill, false);
            if (missing != null) {
                return missing;
            }
            if (kind != null || period != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--fill takes the kind and the period from the snapshot: give neither --kind nor --period");
            }
        } else if (kind == null || period == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "template needs --kind and --period (or --fill <snapshot>)");
        }
        if (out == null) {
            write(language, stdout);
            stdout.flush();
        } else {
            try (OutputStream file = Files.newOutputStream(out)) {
                write(language, file);
            }
        }
        return 0;
    }

    private void write(Language language, OutputStream target) throws IOException {
        Methodology methodology = ParSipasCli.methodology(parameters);
        if (fill != null) {
            ExcelTemplate.fill(methodology, fill, language, target);
        } else {
            ExcelTemplate.write(methodology, unitKind(), period(), language, target);
        }
    }

    private UnitKind unitKind() {
        return switch (kind) {
            case "ward", "ward-commune" -> UnitKind.WARD_COMMUNE;
            case "department" -> UnitKind.DEPARTMENT;
            case "city" -> UnitKind.CITY;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--kind: found \"" + kind + "\", expected ward, department or city");
        };
    }

    private Period period() {
        return Period.parse(period).filter(p -> p.label().equals(period) && (p.month() == null || p.month() >= 1 && p.month() <= 12)
                        && (p.week() == null || p.week() >= 1 && p.week() <= Period.weeksIn(p.year())))
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "--period: found \"" + period + "\", expected 2025-10, 2025-Q4 or 2025-W43"));
    }
}
