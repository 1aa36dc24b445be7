package io.github.parsipas.snapshot;

import java.util.List;

/**
 * A survey of answer counts (the shape of SIPAS, Decision 1001/QĐ-BNV): part B's elements, each a list of
 * questions, and part A's policy groups. Its figures are the sections {@code <path>}, {@code <path>.policy},
 * {@code <path>.service} and {@code <path>.service.<element>}.
 *
 * @param scale   the pack parameters of the answer scale: how many levels, how many top ones count as satisfied
 * @param service what part B is, for the schema and the docs
 * @param policy  what part A is
 */
public record SurveyInput(String path, List<String> elements, Scale scale, String description, String service, String policy) {

    public SurveyInput {
        elements = List.copyOf(elements);
    }

    /** Parameters as {@code <pack id>.<parameter>}. */
    public record Scale(String levels, String satisfied) {
    }

    /** The figures rules may judge, index first. */
    public List<String> sections() {
        List<String> sections = new java.util.ArrayList<>(List.of(path, path + ".policy", path + ".service"));
        elements.forEach(e -> sections.add(path + ".service." + e));
        return sections;
    }
}
