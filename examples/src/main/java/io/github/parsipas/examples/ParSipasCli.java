package io.github.parsipas.examples;

import io.github.parsipas.Evaluator;
import io.github.parsipas.methodology.Language;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The command line: {@code parsipas evaluate <snapshot> [--format json|md] [--lang vi|en]}.
 * Exit codes: 0 evaluated, 2 bad input or usage (a message, never a stack trace), 1 internal error.
 */
@Command(name = "parsipas", mixinStandardHelpOptions = true, versionProvider = ParSipasCli.Version.class,
        description = "Evaluates administrative-reform snapshots against the PAR Index, SIPAS and the HCMC 2025 plan.",
        subcommands = {ParSipasCli.Evaluate.class})
public final class ParSipasCli {

    static final int INVALID_INPUT = 2;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new ParSipasCli());
        // UTF-8 whatever the platform charset: Vietnamese must survive LANG=C.
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException || e instanceof UncheckedIOException) {
                commandLine.getErr().println(e.getMessage());
                return INVALID_INPUT;
            }
            commandLine.getErr().println("internal error: " + e);
            return 1;
        });
        return cli.execute(args);
    }

    enum Format { json, md }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Evaluates one unit snapshot (JSON or YAML) and prints its report.")
    static final class Evaluate implements Callable<Integer> {

        @Parameters(paramLabel = "<snapshot>", description = "snapshot file, .json or .yaml")
        Path snapshot;

        @Option(names = "--format", defaultValue = "md", description = "json or md (default: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--lang", defaultValue = "vi", description = "vi or en, for md (default: ${DEFAULT-VALUE})")
        String lang;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!lang.equals("vi") && !lang.equals("en")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lang: found \"" + lang + "\", expected vi or en");
            }
            if (!Files.isRegularFile(snapshot)) {
                spec.commandLine().getErr().println(snapshot + ": no such file");
                return INVALID_INPUT;
            }
            Report report = Evaluator.create().evaluate(snapshot);
            spec.commandLine().getOut().print(format == Format.json
                    ? ReportWriter.json(report) : ReportWriter.markdown(report, Language.fromCode(lang)));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"parsipas " + ParSipasCli.class.getPackage().getImplementationVersion()};
        }
    }
}
