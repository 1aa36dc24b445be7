package io.github.parsipas.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** parsipas-core is a named module exporting its API only, and evaluates on the module path as on the class path. */
class ModulePathTest {

    private static final String WARD = "snapshots/ward-ben-thanh-2025-10.json";

    private static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    private static ModuleReference core() {
        return classPath().stream().flatMap(p -> ModuleFinder.of(p).find("io.github.parsipas.core").stream()).findFirst()
                .orElseThrow(() -> new AssertionError("parsipas-core is not a module on " + classPath()));
    }

    @Test
    void coreExportsTheApiAndFactsButNotTheEngine() {
        ModuleDescriptor core = core().descriptor();
        assertThat(core.isAutomatic()).isFalse();
        assertThat(core.isOpen()).isTrue();
        assertThat(core.exports().stream().map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : "")).collect(Collectors.toSet()))
                .isEqualTo(Set.of("io.github.parsipas", "io.github.parsipas.snapshot", "io.github.parsipas.methodology",
                        "io.github.parsipas.report", "io.github.parsipas.audit", "io.github.parsipas.batch", "io.github.parsipas.text",
                        "io.github.parsipas.facts"));
        assertThat(core.packages()).contains("io.github.parsipas.internal");
    }

    @Test
    void anEvaluationOnTheModulePathWritesTheSameReport() throws Exception {
        // Jars and modules on the module path; directories without a descriptor (this module's classes, a rules
        // module not packaged yet) on the class path, where the command line reaches only what core exports.
        List<String> modules = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Path entry : classPath()) {
            boolean module = Files.isRegularFile(entry) || Files.exists(entry.resolve("module-info.class"));
            boolean test = entry.toString().contains("test-classes") || entry.toString().matches(".*(junit|assertj|opentest4j|apiguardian|byte-buddy).*");
            if (!test) {
                (module ? modules : classes).add(entry.toString());
            }
        }
        Path out = Files.createTempFile("module-path", ".json");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modules), "--add-modules", "ALL-MODULE-PATH",
                "-cp", String.join(File.pathSeparator, classes), ParSipasCli.class.getName(), "evaluate", WARD, "--format", "json")
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(java.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(java.exitValue()).isZero();
        ByteArrayOutputStream here = new ByteArrayOutputStream();
        assertThat(ParSipasCli.run(new PrintStream(here, true, StandardCharsets.UTF_8), System.err, "evaluate", WARD, "--format", "json")).isZero();
        assertThat(Files.readString(out)).contains("\"inputSha256\"").isEqualTo(here.toString(StandardCharsets.UTF_8));
        Files.delete(out);
    }
}
