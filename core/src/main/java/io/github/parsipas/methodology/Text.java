package io.github.parsipas.methodology;

import java.util.Objects;

/** Text for people, in Vietnamese and English. */
public record Text(String vi, String en) {
    public Text {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.VI ? vi : en;
    }
}
