package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * A version of an official method and the assessment years it governs ({@code lastYear} null = still in force).
 *
 * @param note what a reader must know of results under this version, or {@code null}
 */
public record MethodVersion(String code, Text title, int firstYear, @Nullable Integer lastYear, @Nullable Text note) {

    public boolean covers(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }
}
