package io.github.parsipas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.parsipas.audit.Audit;
import io.github.parsipas.audit.Fixture;
import io.github.parsipas.audit.FixtureReader;
import io.github.parsipas.methodology.Methodology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sensitivity gate: every number of every pack (thresholds, targets, bands, maxima, due days, deadlines,
 * report schedules) is changed slightly, one at a time, and some audit fixture must then fail — else a
 * mistake in that number would pass the build unseen. Exceptions, each with a reason, are in
 * {@code src/test/sensitivity-allowlist.yaml}. The fixtures, not the Java tests, are the witnesses: they
 * are what an auditor reads.
 */
class SensitivityGateTest {

    private static final String INDEX = "parsipas/index.yaml";
    private static final Path ALLOWLIST = Path.of("src/test/sensitivity-allowlist.yaml");

    @TempDir
    static Path folder;
    private static Map<String, String> files;
    private static List<Fixture> fixtures;

    @BeforeAll
    static void copyTheRuleSet() throws IOException {
        files = new LinkedHashMap<>();
        JsonNode index = new YAMLMapper().readTree(resource(INDEX));
        files.put("index.yaml", resource(INDEX));
        List<String> names = new ArrayList<>();
        names.add(index.get("agencies").asText());
        index.get("inputs").forEach(n -> names.add(n.asText()));
        index.get("packs").forEach(n -> names.add(n.asText()));
        index.get("rules").forEach(n -> names.add(n.asText()));
        for (String name : names) {
            files.put(name, resource(name));
        }
        fixtures = Audit.fixtureFiles(FixtureSuiteTest.FIXTURES).stream().map(FixtureReader::read).toList();
    }

    @Test
    void theCopyPassesEveryFixture() {
        assertThat(noticed(Map.of())).as("the unchanged rule set must pass every fixture").isFalse();
    }

    @Test
    void everyNumberInEveryPackIsPinnedByAFixture() throws IOException {
        Set<String> allowed = allowed();
        List<PackNumbers.Change> changes = new ArrayList<>();
        for (var file : files.entrySet()) {
            if (file.getKey().startsWith("parsipas/packs/") && !file.getKey().endsWith("agencies.yaml")) {
                PackNumbers.places(file.getKey(), file.getValue()).forEach(place -> changes.addAll(PackNumbers.changes(place)));
            }
        }
        Set<PackNumbers.Change> unnoticed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        changes.parallelStream().filter(change -> !noticed(Map.of(change.place().file(), change.apply(files.get(change.place().file())))))
                .forEach(unnoticed::add);
        assertThat(changes).hasSizeGreaterThan(400);
        List<String> unpinned = unnoticed.stream().filter(c -> !allowed.contains(key(c.place())))
                .map(c -> key(c.place()) + ": " + c.place().text() + " → " + c.replacement() + " (" + c.description() + ")").sorted().toList();
        assertThat(unpinned).as("changes no fixture notices (pin each with a fixture, or allow it in " + ALLOWLIST + " with a reason)")
                .isEmpty();
        // An exception whose every change is noticed now is pinned: it must leave the list.
        Set<String> stillUnpinned = new TreeSet<>();
        unnoticed.forEach(c -> stillUnpinned.add(key(c.place())));
        assertThat(allowed.stream().filter(a -> !stillUnpinned.contains(a)).toList())
                .as("exceptions in " + ALLOWLIST + " that fixtures now pin: remove them").isEmpty();
    }

    /** The pack's own checks are witnesses too: maxima that no longer add up refuse the rule set. */
    @Test
    void groupMaximaMustBeWhatTheirCriteriaOrPercentagesMake() {
        String pack766 = "parsipas/packs/index-766.yaml";
        String wrong766 = files.get(pack766).replaceFirst("maxPoints: \\{value: 18, status: confirmed", "maxPoints: {value: 19, status: confirmed");
        assertThat(refusal(Map.of(pack766, wrong766))).contains("index-766: group transparency has maximum 19, but its criteria's maxima add up to 18");
        String sipas = "parsipas/packs/sipas.yaml";
        String wrongSipas = files.get(sipas).replaceFirst("maxPoints: \\{value: 100", "maxPoints: {value: 99");
        assertThat(refusal(Map.of(sipas, wrongSipas))).containsPattern("sipas: group \\w+ has maximum 99, but a survey group is a percentage \\(100\\)");
    }

    /** Method versions follow one another: a year governed by two, or by none between them, refuses the rule set. */
    @Test
    void methodVersionsLeaveNoYearToTwoOrToNone() {
        String par = "parsipas/packs/par-province.yaml";
        assertThat(refusal(Map.of(par, files.get(par).replace("firstYear: 2025", "firstYear: 2024"))))
                .contains("par-province: method version 1187/QĐ-BNV must start in 2025, the year after 876/QĐ-BNV ends");
        assertThat(refusal(Map.of(par, files.get(par).replace("firstYear: 2025", "firstYear: 2026"))))
                .contains("par-province: method version 1187/QĐ-BNV must start in 2025, the year after 876/QĐ-BNV ends");
        assertThat(refusal(Map.of(par, files.get(par).replace("    lastYear: 2024\n", ""))))
                .contains("par-province: method version 876/QĐ-BNV must end: a later version follows");
    }

    private static String refusal(Map<String, String> replaced) {
        try {
            Methodology.load(write(replaced).resolve("index.yaml"));
            return "accepted";
        } catch (RuntimeException refused) {
            return refused.getMessage();
        }
    }

    @Test
    void theAllowListNamesOnlyNumbersThatExist() throws IOException {
        Set<String> places = new TreeSet<>();
        files.forEach((name, text) -> {
            if (name.startsWith("parsipas/packs/") && !name.endsWith("agencies.yaml")) {
                PackNumbers.places(name, text).forEach(p -> places.add(key(p)));
            }
        });
        assertThat(places).containsAll(allowed());
    }

    /** True when the rule set with these files replaced is refused, or fails some fixture. */
    private static boolean noticed(Map<String, String> replaced) {
        Path copy = write(replaced);
        Methodology methodology;
        try {
            methodology = Methodology.load(copy.resolve("index.yaml"));
        } catch (RuntimeException refused) {
            return true; // the pack's own checks refuse it (e.g. criteria maxima that no longer add up)
        }
        Audit audit = new Audit(io.github.parsipas.Evaluator.create(methodology));
        return fixtures.stream().anyMatch(fixture -> !audit.run(fixture).passed());
    }

    /** A thread's copy of the rule set, and which of its files differ from the original now. */
    private record Copy(Path folder, Set<String> changed) {
    }

    private static final ThreadLocal<Copy> COPIES = new ThreadLocal<>();

    /**
     * This thread's copy of the rule set with {@code replaced} written over it: the whole set is written once,
     * then only the files a change touches, and those the change before touched are put back.
     */
    private static Path write(Map<String, String> replaced) {
        try {
            Copy copy = COPIES.get();
            Set<String> toWrite = new TreeSet<>(replaced.keySet());
            if (copy == null) {
                copy = new Copy(Files.createTempDirectory(folder, "copy"), new TreeSet<>());
                COPIES.set(copy);
                toWrite.addAll(files.keySet());
            }
            toWrite.addAll(copy.changed());
            for (String name : toWrite) {
                Path target = copy.folder().resolve(name);
                Files.createDirectories(target.getParent());
                Files.writeString(target, replaced.getOrDefault(name, files.get(name)), StandardCharsets.UTF_8);
            }
            copy.changed().clear();
            copy.changed().addAll(replaced.keySet());
            return copy.folder();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(PackNumbers.Place place) {
        return place.file().substring(place.file().lastIndexOf('/') + 1) + " " + place.path();
    }

    private static Set<String> allowed() throws IOException {
        Set<String> allowed = new TreeSet<>();
        new YAMLMapper().readTree(ALLOWLIST.toFile()).get("exceptions").forEach(e -> allowed.add(e.get("number").asText()));
        return allowed;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SensitivityGateTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
