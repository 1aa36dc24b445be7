package io.github.parsipas;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's API table names every public top-level type of each exported package, and nothing else. */
class ApiTableTest {

    private static final String ROOT = "io.github.parsipas";
    /** A table row: {@code | `io.github.parsipas` | …} or {@code | `.snapshot` | …}. */
    private static final Pattern ROW = Pattern.compile("^\\| `(io\\.github\\.parsipas|\\.[a-z]+)` \\|[^|]*\\|(.*)\\|$");
    /** A type named in a row: {@code `Evidence`}, or one of another package, {@code `report.BatchReport`}. */
    private static final Pattern TYPE = Pattern.compile("`(?:([a-z]+)\\.)?([A-Z][A-Za-z0-9]*)`");

    @Test
    void theReadmeTableListsThePublicTypesOfEachExportedPackage() throws IOException {
        Map<String, Set<String>> named = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("../README.md"))) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            String pkg = row.group(1).equals(ROOT) ? ROOT : ROOT + row.group(1);
            named.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher type = TYPE.matcher(row.group(2));
            while (type.find()) {
                named.computeIfAbsent(type.group(1) == null ? pkg : ROOT + "." + type.group(1), k -> new TreeSet<>()).add(type.group(2));
            }
        }
        Map<String, Set<String>> compiled = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT)) {
            if (named.containsKey(type.getPackageName()) && type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass()) {
                compiled.computeIfAbsent(type.getPackageName(), k -> new TreeSet<>()).add(type.getSimpleName());
            }
        }
        assertThat(named.keySet()).containsExactly(ROOT, ROOT + ".audit", ROOT + ".batch", ROOT + ".methodology", ROOT + ".report", ROOT + ".snapshot",
                ROOT + ".text");
        assertThat(named).isEqualTo(compiled);
    }
}
