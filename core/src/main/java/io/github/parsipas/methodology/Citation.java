package io.github.parsipas.methodology;

import org.jspecify.annotations.Nullable;


/**
 * Where a rule or number comes from.
 *
 * @param document the document, e.g. {@code Kế hoạch 109/KH-UBND ngày 26/9/2025 của UBND TP.HCM}
 * @param section  the section, article or table, e.g. {@code II.1.3}
 * @param basis    the national document it rests on, where the source names one, else {@code null}
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Citation(String document, String section, @Nullable String basis) {

    public String describe() {
        return document + ", " + section + (basis == null ? "" : " (" + basis + ")");
    }
}
