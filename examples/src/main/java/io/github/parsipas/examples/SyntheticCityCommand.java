package io.github.parsipas.examples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "synthetic-city", mixinStandardHelpOptions = true,
        description = "Writes a synthetic city (made-up numbers, marked so in every unit name) as JSON lines, one snapshot a unit and month of 2025.")
final class SyntheticCityCommand extends ParSipasCli.Subcommand {

    @Option(names = "--out", required = true, paramLabel = "<file>", description = "the .jsonl file to write")
    Path out;

    @Option(names = "--wards", defaultValue = "168", description = "wards, communes and special zones (default: ${DEFAULT-VALUE})")
    int wards;

    @Option(names = "--departments", defaultValue = "30", description = "departments (default: ${DEFAULT-VALUE})")
    int departments;

    @Option(names = "--months", defaultValue = "12", description = "months of 2025 from January, 1 to 12 (default: ${DEFAULT-VALUE})")
    int months;

    @Option(names = "--seed", defaultValue = "2025", description = "the same seed gives the same city (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (months < 1 || months > 12 || wards < 0 || departments < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--months: 1 to 12; --wards and --departments: 0 or more");
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.write(out, SyntheticCity.generate(seed, wards, departments, months));
        spec.commandLine().getErr().println(out + ": " + (wards + departments) + " units × " + months + " months");
        return 0;
    }
}
