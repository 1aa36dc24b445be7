package io.github.parsipas.examples;

import io.github.parsipas.Evaluator;
import io.github.parsipas.audit.Audit;
import io.github.parsipas.audit.AuditRun;
import io.github.parsipas.audit.Explainer;
import io.github.parsipas.methodology.Language;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.SnapshotReader;
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
 * The command line: {@code evaluate <snapshot>}, {@code audit <folder>}, {@code explain <snapshot> <code>},
 * {@code compare <snapshot> <a> <b>}, {@code schema}.
 * Exit codes: 0 done, 1 fixtures failed (audit) or internal error, 2 bad input or usage (a message, never a stack trace).
 */
@Command(name = "parsipas", mixinStandardHelpOptions = true, versionProvider = ParSipasCli.Version.class,
        description = "Evaluates administrative-reform snapshots against the PAR Index, SIPAS and the HCMC 2025 plan.",
        subcommands = {ParSipasCli.Evaluate.class, ParSipasCli.AuditCommand.class, ParSipasCli.Explain.class, ParSipasCli.Compare.class,
                ParSipasCli.Schema.class})
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

    /** What the subcommands share: their streams, the file checks and the language option. */
    abstract static class Subcommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** A message and exit code 2 when {@code path} is not an existing file (or folder). */
        Integer missing(Path path, boolean folder) {
            if (folder ? Files.isDirectory(path) : Files.isRegularFile(path)) {
                return null;
            }
            spec.commandLine().getErr().println(path + (folder ? ": no such folder" : ": no such file"));
            return INVALID_INPUT;
        }

        Language language(String lang) {
            if (!lang.equals("vi") && !lang.equals("en")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lang: found \"" + lang + "\", expected vi or en");
            }
            return Language.fromCode(lang);
        }

        int print(String text) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** A subcommand on one snapshot file, with a language for what it prints. */
    abstract static class OnSnapshot extends Subcommand {

        @Parameters(index = "0", paramLabel = "<snapshot>", description = "snapshot file, .json or .yaml")
        Path snapshot;

        @Option(names = "--lang", defaultValue = "vi", description = "vi or en (default: ${DEFAULT-VALUE})")
        String lang;

        @Option(names = "--parameters", paramLabel = "<file>", description = "YAML file of official values replacing provisional ones")
        Path parameters;

        @Override
        public Integer call() {
            Language language = language(lang);
            Integer missing = missing(snapshot, false);
            if (missing == null && parameters != null) {
                missing = missing(parameters, false);
            }
            return missing != null ? missing : print(run(language));
        }

        Evaluator evaluator() {
            return parameters == null ? Evaluator.create() : Evaluator.create(Methodology.bundled().withOverrides(parameters));
        }

        abstract String run(Language language);
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Evaluates one unit snapshot (JSON or YAML) and prints its report.")
    static final class Evaluate extends OnSnapshot {

        @Option(names = "--format", defaultValue = "md", description = "json or md (default: ${DEFAULT-VALUE}); --lang applies to md")
        Format format;

        @Option(names = "--method", description = "official method version to apply, e.g. 876/QĐ-BNV (default: the one of the snapshot's year)")
        String method;

        @Override
        String run(Language language) {
            Report report = evaluator().evaluate(evaluator().reader().read(snapshot), method);
            return format == Format.json ? ReportWriter.json(report) : ReportWriter.markdown(report, language);
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "Runs every fixture (.yaml) below a folder and reports passes, failures and rule coverage. Exit 1 if any fixture fails.")
    static final class AuditCommand extends Subcommand {

        @Parameters(paramLabel = "<folder>", description = "folder of audit fixtures")
        Path folder;

        @Override
        public Integer call() {
            Integer missing = missing(folder, true);
            if (missing != null) {
                return missing;
            }
            AuditRun run = new Audit(Evaluator.create()).run(folder);
            print(run.summary());
            return run.failed() == 0 ? 0 : 1;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Explains why a criterion or target gave its findings on a snapshot, or why it gave none.")
    static final class Explain extends OnSnapshot {

        @Parameters(index = "1", paramLabel = "<finding-code>", description = "criterion or target code, e.g. T-ONTIME or PAR-3.3")
        String code;

        @Override
        String run(Language language) {
            return new Explainer(evaluator()).explain(evaluator().reader().read(snapshot), code, language);
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Evaluates one snapshot under two versions of the official method and prints the difference per criterion.")
    static final class Compare extends OnSnapshot {

        @Parameters(index = "1", paramLabel = "<version-a>", description = "e.g. 876/QĐ-BNV")
        String versionA;

        @Parameters(index = "2", paramLabel = "<version-b>", description = "e.g. 1187/QĐ-BNV")
        String versionB;

        @Override
        String run(Language language) {
            return evaluator().compare(evaluator().reader().read(snapshot), versionA, versionB).markdown(language);
        }
    }

    @Command(name = "schema", mixinStandardHelpOptions = true,
            description = "Prints the JSON Schema of snapshots for the rule set, generated from its input declarations.")
    static final class Schema extends Subcommand {

        @Override
        public Integer call() {
            return print(Methodology.bundled().snapshotSchema());
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"parsipas " + ParSipasCli.class.getPackage().getImplementationVersion()};
        }
    }
}
