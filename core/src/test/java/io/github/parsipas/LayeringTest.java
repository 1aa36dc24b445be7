package io.github.parsipas;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of core, checked: no cycles, Drools only inside internal, no Jackson or Drools type in the API. */
class LayeringTest {

    /** Core's own classes; the engine's generated rule classes (internal.schemes) are Drools' code, not ours. */
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/internal/schemes/"))
            .importPackages("io.github.parsipas");

    /** The packages a caller may use; facts (for rule authors) and internal are not among them. */
    private static final String[] API = {"io.github.parsipas", "io.github.parsipas.snapshot", "io.github.parsipas.methodology",
            "io.github.parsipas.report", "io.github.parsipas.audit", "io.github.parsipas.batch", "io.github.parsipas.text"};

    @Test
    void corePackagesHaveNoCycles() {
        slices().assignedFrom(TOP_PACKAGES).should().beFreeOfCycles().check(CORE);
    }

    /** Each top package of core is a slice, the root package (the facade) included. */
    private static final SliceAssignment TOP_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            return name.equals("io.github.parsipas") ? SliceIdentifier.of("root")
                    : name.startsWith("io.github.parsipas.") ? SliceIdentifier.of(name.substring(19).split("\\.")[0]) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "core's top packages";
        }
    };

    @Test
    void coreNeverDependsOnTheRulesOrTheExamples() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.parsipas.rules..", "io.github.parsipas.examples..")
                .check(CORE);
    }

    @Test
    void onlyInternalTouchesTheRuleEngine() {
        noClasses().that().resideOutsideOfPackage("io.github.parsipas.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..").check(CORE);
    }

    @Test
    void theApiShowsNoJacksonOrDroolsType() {
        java.util.List<String> leaks = new java.util.ArrayList<>();
        for (JavaClass type : CORE) {
            if (!type.getModifiers().contains(JavaModifier.PUBLIC) || !java.util.Arrays.asList(API).contains(type.getPackageName())) {
                continue;
            }
            type.getCodeUnits().stream().filter(unit -> unit.getModifiers().contains(JavaModifier.PUBLIC)).forEach(unit -> {
                java.util.List<JavaClass> used = new java.util.ArrayList<>(unit.getRawParameterTypes());
                used.add(unit.getRawReturnType());
                used.stream().filter(FOREIGN).forEach(t -> leaks.add(unit.getFullName() + " uses " + t.getName()));
            });
        }
        org.assertj.core.api.Assertions.assertThat(leaks).as("public signatures of the API packages").isEmpty();
    }

    private static final java.util.function.Predicate<JavaClass> FOREIGN =
            t -> t.getPackageName().startsWith("com.fasterxml") || t.getPackageName().startsWith("org.kie") || t.getPackageName().startsWith("org.drools");
}
