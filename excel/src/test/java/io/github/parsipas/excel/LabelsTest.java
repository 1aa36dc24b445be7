package io.github.parsipas.excel;

import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.DatedList;
import io.github.parsipas.snapshot.SnapshotLayout;
import io.github.parsipas.snapshot.SurveyInput;
import io.github.parsipas.snapshot.ValueInput;
import io.github.parsipas.text.Text;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** labels.yaml names every input, count and section the bundled rule set declares, in both languages, and nothing else. */
class LabelsTest {

    @Test
    void everyDeclaredInputHasItsLabelsAndEveryLabelItsInput() {
        SnapshotLayout layout = Methodology.bundled().layout();
        Set<String> expected = new TreeSet<>();
        layout.sections().keySet().forEach(s -> expected.add("section." + s));
        layout.sections().keySet().stream().filter(s -> !s.contains(".")).forEach(s -> expected.add("sheet." + s));
        layout.countGroups().forEach(g -> expected.add("input." + g.path()));
        layout.countGroups().stream().map(CountGroup::counts).flatMap(java.util.List::stream).forEach(c -> expected.add("count." + c));
        layout.countLists().forEach(l -> {
            expected.add("input." + l.path());
            expected.add("sheet." + l.path());
            l.counts().forEach(c -> expected.add("count." + c));
        });
        layout.values().stream().map(ValueInput::path).forEach(p -> expected.add("input." + p));
        layout.surveys().stream().map(SurveyInput::path).forEach(p -> {
            expected.add("input." + p);
            expected.add("sheet." + p);
        });
        Arrays.stream(DatedList.values()).forEach(l -> expected.add("sheet." + l.code()));
        expected.add("sheet.reported");
        Map<String, Text> labels = Labels.get().all();
        Set<String> declared = new TreeSet<>(labels.keySet());
        declared.removeIf(k -> !k.matches("(section|sheet|input|count)\\..*"));
        assertThat(declared).isEqualTo(expected);
        labels.forEach((key, text) -> {
            assertThat(text.vi()).as("vi of %s", key).isNotBlank();
            assertThat(text.en()).as("en of %s", key).isNotBlank();
        });
        labels.keySet().stream().filter(k -> k.startsWith("sheet.")).forEach(k ->
                assertThat(Math.max(labels.get(k).vi().length(), labels.get(k).en().length())).as(k + ": a sheet's name is at most 31 characters")
                        .isLessThanOrEqualTo(31));
    }
}
