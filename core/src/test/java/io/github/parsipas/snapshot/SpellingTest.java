package io.github.parsipas.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingTest {
    @Test
    void suggestsTheClosestKnownName() {
        assertThat(Spelling.closest("recieved", List.of("received", "resolved", "resolvedOnTime"))).contains("received");
        assertThat(Spelling.closest("resolvedOntime", List.of("received", "resolved", "resolvedOnTime"))).contains("resolvedOnTime");
    }

    @Test
    void suggestsNothingForAnUnrelatedName() {
        assertThat(Spelling.closest("budget", List.of("received", "resolved"))).isEmpty();
    }

    @Test
    void measuresEditDistance() {
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Spelling.distance("", "abc")).isEqualTo(3);
        assertThat(Spelling.distance("same", "same")).isZero();
    }
}
