package io.github.parsipas.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes numbers the Vietnamese way (decimal comma), independently of the machine's locale. */
public final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("(\\d)\\.(\\d)");

    private Numbers() {
    }

    /** {@code 97.90%} → {@code 97,90%}; dates and codes without a digit-dot-digit pattern are left alone. */
    public static String vietnamese(String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return text.substring(8) + "/" + text.substring(5, 7) + "/" + text.substring(0, 4);
        }
        Matcher m = DECIMAL.matcher(text);
        return m.replaceAll("$1,$2");
    }
}
