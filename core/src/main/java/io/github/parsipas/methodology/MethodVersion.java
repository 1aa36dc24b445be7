package io.github.parsipas.methodology;

/** A version of an official method and the assessment years it governs ({@code lastYear} null = still in force). */
public record MethodVersion(String code, Text title, int firstYear, Integer lastYear) {

    public boolean covers(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }
}
