package io.github.parsipas.methodology;

import java.util.Locale;

public enum Language {
    VI, EN;

    public static Language fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
