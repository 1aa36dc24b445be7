package io.github.parsipas.examples;

import io.github.parsipas.Evaluator;
import io.github.parsipas.audit.Audit;
import io.github.parsipas.audit.AuditRun;
import io.github.parsipas.audit.Explainer;
import io.github.parsipas.excel.ExcelTemplate;
import io.github.parsipas.text.Language;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Portal766Reader;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The command line: {@code evaluate <snapshot>} (a filled {@code .xlsx} too, or {@code evaluate --from portal766 <files>}), {@code template}, {@code what-if <snapshot> --set …}, {@code audit <folder>}, {@code explain <snapshot> <code>},
 * {@code compare <snapshot> <a> <b>}, {@code hash <snapshot>}, {@code schema}.
 * Exit codes: 0 done, 1 fixtures failed (audit) or internal error, 2 bad input or usage (a message, never a stack trace).
 */
@Command(name = "parsipas", mixinStandardHelpOptions = true, versionProvider = ParSipasCli.Version.class,
        description = "Evaluates administrative-reform snapshots against the PAR Index, SIPAS and the HCMC 2025 plan.",
        subcommands = {ParSipasCli.Evaluate.class, ParSipasCli.WhatIfCommand.class, ParSipasCli.AuditCommand.class, ParSipasCli.Explain.class,
                ParSipasCli.Compare.class, ParSipasCli.Hash.class, ParSipasCli.Schema.class, BatchCommand.class, SyntheticCityCommand.class, ServeCommand.class, TemplateCommand.class})
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
        ((TemplateCommand) cli.getSubcommands().get("template").getCommand()).stdout = out; // the workbook's bytes, not text
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException invalid) {
                // In the command's language when it has one (--lang, Vietnamese by default), else in English.
                commandLine.getErr().println(commandLine.getCommand() instanceof Evaluating command && ("vi".equals(command.lang) || "en".equals(command.lang))
                        ? invalid.describe(Language.fromCode(command.lang)) : invalid.getMessage());
                return INVALID_INPUT;
            }
            if (e instanceof UncheckedIOException) {
                commandLine.getErr().println(e.getMessage());
                return INVALID_INPUT;
            }
            commandLine.getErr().println("internal error: " + e);
            return 1;
        });
        return cli.execute(args);
    }

    enum Format { json, md, html }

    /** What the subcommands share: their streams, the file checks and the language option. */
    abstract static class Subcommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** A message and exit code 2 when {@code path} is not an existing file (or folder). */
        Integer missing(Path path, boolean folder) {
            if (folder ? Files.isDirectory(path) : Files.isRegularFile(path)) {
                return null;
            }
            // In the command's language when it has one (an Evaluating's --lang), else in English.
            Language language = this instanceof Evaluating command && command.lang.equals("vi") ? Language.VI : Language.EN;
            spec.commandLine().getErr().println(path + ": " + io.github.parsipas.text.Messages.get(folder ? "cli.noSuchFolder" : "cli.noSuchFile", language));
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

    /** A subcommand that evaluates, with a language for what it prints and optional official values. */
    abstract static class Evaluating extends Subcommand {

        @Option(names = "--lang", defaultValue = "vi", description = "vi or en (default: ${DEFAULT-VALUE})")
        String lang;

        @Option(names = "--parameters", paramLabel = "<file>", description = "YAML file of official values replacing provisional ones")
        Path parameters;

        /** A new evaluator, reading {@code --parameters}: call it once per command (it loads the rule set). */
        Evaluator evaluator() {
            return withParameters(parameters);
        }
    }

    /** The bundled rule set, with official values from {@code parameters} when given. */
    static Evaluator withParameters(Path parameters) {
        return parameters == null ? Evaluator.create() : Evaluator.create(methodology(parameters));
    }

    /** The bundled rule set's declarations, with official values from {@code parameters} when given; no rule base built. */
    static Methodology methodology(Path parameters) {
        return parameters == null ? Methodology.bundled() : Methodology.bundled().withOverrides(parameters);
    }

    /** A subcommand on one snapshot file. */
    abstract static class OnSnapshot extends Evaluating {

        @Parameters(index = "0", paramLabel = "<snapshot>", description = "snapshot file, .json or .yaml")
        Path snapshot;

        @Override
        public Integer call() {
            Language language = language(lang);
            Integer missing = missing(snapshot, false);
            if (missing == null && parameters != null) {
                missing = missing(parameters, false);
            }
            return missing != null ? missing : print(run(language));
        }

        abstract String run(Language language);
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Evaluates one unit snapshot (JSON or YAML) and prints its report, or",
                    "a filled Excel template (.xlsx, see template); or, --from portal766, the portal's 766 responses for a province",
                    "and its units (files or a folder)."})
    static final class Evaluate extends Evaluating {

        @Parameters(arity = "1..*", paramLabel = "<input>", description = "a snapshot file (.json, .yaml, or a filled template .xlsx); with --from portal766, response files or folders")
        List<Path> inputs;

        @CommandLine.Mixin
        InputSource source;

        @Option(names = "--format", defaultValue = "md", description = "json, md or html (default: ${DEFAULT-VALUE}); --lang applies to md and html")
        Format format;

        @Option(names = "--method", description = "official method version to apply, e.g. 876/QĐ-BNV (default: the one of the snapshot's year)")
        String method;

        @Option(names = "--unit", paramLabel = "<id>", description = "portal766: print this unit's report (ids are listed without it)")
        String unit;

        @Option(names = "--out", paramLabel = "<folder>", description = "portal766: write each unit's report to <folder>/<id>.md or .json")
        Path out;

        @Override
        public Integer call() throws IOException {
            Language language = language(lang);
            for (Path input : inputs) {
                Integer missing = missing(input, source.portal766() && Files.isDirectory(input));
                if (missing != null) {
                    return missing;
                }
            }
            if (!source.portal766()) {
                if (inputs.size() != 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "one snapshot at a time; --from portal766 reads several files");
                }
                Evaluator evaluator = evaluator();
                if (inputs.get(0).getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                    ExcelTemplate.Input workbook = ExcelTemplate.read(evaluator.reader(), inputs.get(0));
                    try {
                        return print(render(evaluator.rankByWhatIf(workbook.snapshot(), evaluator.evaluate(workbook.snapshot(), method), method), language));
                    } catch (InvalidInputException e) {
                        throw workbook.locate(e); // the evaluator's checks of codes name the cells too
                    }
                }
                Snapshot read = evaluator.reader().read(inputs.get(0));
                return print(render(evaluator.rankByWhatIf(read, evaluator.evaluate(read, method), method), language));
            }
            Evaluator evaluator = evaluator();
            Portal766Reader.Import read = source.readPortal(evaluator, inputs, spec);
            read.problems().forEach(p -> spec.commandLine().getErr().println(p.getMessage()));
            read.notes().forEach(n -> spec.commandLine().getErr().println(n.in(language)));
            List<Report> reports = read.snapshots().stream().map(s -> evaluator.rankByWhatIf(s, evaluator.evaluate(s, method), method)).toList();
            if (unit != null) {
                Optional<Report> chosen = reports.stream().filter(r -> r.unit().id().equals(unit)).findFirst();
                if (chosen.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--unit: found \"" + unit + "\", expected one of "
                            + String.join(", ", reports.stream().map(r -> r.unit().id()).toList()));
                }
                print(render(chosen.get(), language));
            } else {
                if (out != null) {
                    Files.createDirectories(out);
                    for (Report report : reports) {
                        Files.writeString(out.resolve(report.unit().id() + "." + format.name()), render(report, language));
                    }
                }
                print((language == Language.VI ? "# Chỉ số 766 theo dữ liệu Cổng Dịch vụ công quốc gia — kỳ " : "# The 766 index from the portal's data — period ")
                        + source.period + "\n\n" + ReportWriter.unitsTable(reports, "766", language));
            }
            return read.problems().isEmpty() ? 0 : INVALID_INPUT;
        }

        private String render(Report report, Language language) {
            return switch (format) {
                case json -> ReportWriter.json(report);
                case md -> ReportWriter.markdown(report, language);
                case html -> ReportWriter.html(report, language);
            };
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "Runs every fixture (.yaml) below a folder and reports passes, failures and rule coverage. Exit 1 if any fixture fails.")
    static final class AuditCommand extends Subcommand {

        @Parameters(paramLabel = "<folder>", description = "folder of audit fixtures")
        Path folder;

        @Option(names = "--method", description = "official method version for fixtures that name none, e.g. 876/QĐ-BNV (default: the one of each snapshot's year)")
        String method;

        @Option(names = "--parameters", paramLabel = "<file>", description = "YAML file of official values replacing provisional ones; a fixture's own parameters apply on top")
        Path parameters;

        @Override
        public Integer call() {
            Integer missing = missing(folder, true);
            if (missing == null && parameters != null) {
                missing = missing(parameters, false);
            }
            if (missing != null) {
                return missing;
            }
            AuditRun run = new Audit(withParameters(parameters), method).run(folder);
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
            Evaluator evaluator = evaluator();
            return new Explainer(evaluator).explain(evaluator.reader().read(snapshot), code, language);
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
            Evaluator evaluator = evaluator();
            return evaluator.compare(evaluator.reader().read(snapshot), versionA, versionB).markdown(language);
        }
    }

    @Command(name = "what-if", mixinStandardHelpOptions = true,
            description = "Evaluates a snapshot before and after changing some of its counts, and prints what each index and criterion gains.")
    static final class WhatIfCommand extends OnSnapshot {

        @Option(names = "--set", required = true, paramLabel = "<path>=<count>",
                description = "a count and its new value, e.g. digital.onlineDossiers.online=1000 or tthc.fields[dat-dai].resolvedOnTime=129")
        List<String> settings;

        @Override
        String run(Language language) {
            java.util.Map<String, Long> changes = new java.util.LinkedHashMap<>();
            for (String setting : settings) {
                int eq = setting.lastIndexOf('=');
                try {
                    changes.put(setting.substring(0, eq).strip(), Long.parseLong(setting.substring(eq + 1).strip()));
                } catch (RuntimeException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--set: found \"" + setting + "\", expected <path>=<whole number>");
                }
            }
            Evaluator evaluator = evaluator();
            return evaluator.whatIf(evaluator.reader().read(snapshot), changes).markdown(language);
        }
    }

    @Command(name = "hash", mixinStandardHelpOptions = true,
            description = {"Prints the SHA-256 of a snapshot in RFC 8785 canonical JSON: its report's receipt.inputSha256.",
                    "The snapshot is read as evaluate reads it, so a file it refuses has no hash (exit 2)."})
    static final class Hash extends Subcommand {

        @Parameters(paramLabel = "<snapshot>", description = "snapshot file, .json or .yaml")
        Path snapshot;

        @Override
        public Integer call() {
            Integer missing = missing(snapshot, false);
            // The reader alone, not an Evaluator: the rule base need not be built to hash a document.
            return missing != null ? missing : print(new SnapshotReader(Methodology.bundled().layout()).read(snapshot).inputSha256() + "\n");
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
