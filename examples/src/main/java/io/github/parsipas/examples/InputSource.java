package io.github.parsipas.examples;

import io.github.parsipas.Evaluator;
import io.github.parsipas.snapshot.Portal766Reader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Where a command's inputs come from: snapshots, or the portal's 766 responses, which carry no date or period. */
final class InputSource {

    enum Source { snapshot, portal766 }

    @Option(names = "--from", defaultValue = "snapshot", description = "snapshot or portal766: the portal's 766 responses, files or folders (default: ${DEFAULT-VALUE})")
    Source from;

    @Option(names = "--as-of", paramLabel = "<date>", description = "portal766: the evaluation date, e.g. 2025-10-31")
    LocalDate asOf;

    @Option(names = "--period", paramLabel = "<period>", description = "portal766: the period of the responses: 2025-10, 2025-Q4 or 2025-W43")
    String period;

    boolean portal766() {
        return from == Source.portal766;
    }

    /** The responses as one snapshot per unit; a usage error when the date or the period is missing. */
    Portal766Reader.Import readPortal(Evaluator evaluator, List<Path> inputs, CommandLine.Model.CommandSpec spec) {
        if (asOf == null || period == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from portal766 needs --as-of and --period: the responses carry neither");
        }
        return new Portal766Reader(evaluator.reader()).read(inputs, asOf, period);
    }
}
