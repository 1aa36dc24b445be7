package io.github.parsipas;

import io.github.parsipas.audit.Fixture;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.report.Evidence;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.ParForecast;
import io.github.parsipas.report.Problem;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.WhatIf;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.Period;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Nullness is in the API's types: every exported package is null-marked, and what can be null says so. */
class NullnessTest {

    @Test
    void everyExportedPackageIsNullMarked() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Evaluator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        List<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).sorted().toList();
        assertThat(exported).hasSize(8).contains("io.github.parsipas", "io.github.parsipas.report", "io.github.parsipas.facts");
        for (String pkg : exported) {
            Package p = Class.forName(pkg + ".package-info").getPackage();
            assertThat(p.isAnnotationPresent(NullMarked.class)).as(pkg + " is @NullMarked").isTrue();
        }
        assertThat(module.requires()).anyMatch(r -> r.name().equals("org.jspecify")
                && r.modifiers().containsAll(List.of(ModuleDescriptor.Requires.Modifier.STATIC, ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }

    @Test
    void componentsThatCanBeNullAreMarkedAndTheOthersAreNot() {
        Map<Class<?>, Map<String, Boolean>> expected = Map.of(
                ParForecast.class, Map.of("group", true, "declaredPercent", true, "points", false, "title", false),
                Evidence.class, Map.of("threshold", true, "gap", true, "input", false, "measure", false),
                // every finding carries evidence (a cannot-evaluate one: the absent input); only its points and due date may be missing
                Finding.class, Map.of("evidence", false, "pointsLost", true, "due", true, "lead", false),
                Problem.class, Map.of("earlier", true, "wonBack", true, "lead", false),
                Report.class, Map.of("forecast", true, "areaIndex", true, "notes", true, "findings", false),
                Snapshot.class, Map.of("tasks", true, "inputSha256", true, "unit", false, "counts", false),
                Period.class, Map.of("month", true, "year", false),
                Item.Check.class, Map.of("whenNone", true, "scheme", false),
                Fixture.class, Map.of("expect", true, "file", false));
        expected.forEach((type, components) -> components.forEach((name, nullable) -> {
            RecordComponent component = Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                    .orElseGet(() -> fail(type.getSimpleName() + " has no component " + name));
            assertThat(nullable(component.getAnnotatedType())).as(type.getSimpleName() + "." + name + " @Nullable").isEqualTo(nullable);
        }));
    }

    @Test
    void parametersAndReturnsThatCanBeNullAreMarked() throws NoSuchMethodException {
        assertThat(nullable(Evaluator.class.getMethod("evaluate", Snapshot.class, String.class).getAnnotatedParameterTypes()[1])).isTrue();
        assertThat(nullable(Evaluator.class.getMethod("evaluate", Snapshot.class).getAnnotatedReturnType())).isFalse();
        assertThat(nullable(WhatIf.Delta.class.getMethod("difference").getAnnotatedReturnType())).isTrue();
        assertThat(nullable(Snapshot.class.getMethod("previous").getAnnotatedReturnType())).isTrue();
    }

    private static boolean nullable(AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class);
    }
}
