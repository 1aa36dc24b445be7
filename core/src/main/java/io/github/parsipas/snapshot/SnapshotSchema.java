package io.github.parsipas.snapshot;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The JSON Schema (draft 7) of snapshots for one rule set: the fixed parts of the format (unit, period,
 * dated lists) from {@code parsipas/schema/snapshot-skeleton.json}, and every input its layout declares.
 * Cross-field rules are the reader's: the schema cannot say that on time may not exceed resolved.
 */
public final class SnapshotSchema {

    private static final String SKELETON = "parsipas/schema/snapshot-skeleton.json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final SnapshotLayout layout;

    private SnapshotSchema(SnapshotLayout layout) {
        this.layout = layout;
    }

    /**
     * The schema as JSON text, two-space indented.
     *
     * @param agencies     the agency codes a unit may name in {@code leadRoles}
     * @param deliverables the item codes a {@code deliverables} entry may name
     * @param reports      the item codes a {@code reports} entry may name
     */
    public static String json(SnapshotLayout layout, Collection<String> agencies, Collection<String> deliverables, Collection<String> reports) {
        ObjectNode schema = skeleton();
        ObjectNode properties = (ObjectNode) schema.get("properties");
        SnapshotSchema writer = new SnapshotSchema(layout);
        Map<String, ObjectNode> inputs = writer.members("", true);
        ObjectNode ordered = JSON.createObjectNode();
        properties.fields().forEachRemaining(field -> {
            ordered.set(field.getKey(), field.getValue());
            if (field.getKey().equals("period")) {
                inputs.forEach(ordered::set);
            }
        });
        schema.set("properties", ordered);
        ObjectNode previous = (ObjectNode) ordered.get("previous").get("properties");
        writer.members("", false).forEach(previous::set);
        describe(ordered.with("unit").with("properties").with("leadRoles"), " One of: ", agencies);
        describe(ordered.with("deliverables"), " Codes: ", deliverables);
        describe(ordered.with("reports"), " Codes: ", reports);
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(ObjectNode node, String lead, Collection<String> codes) {
        if (!codes.isEmpty()) {
            node.put("description", node.path("description").asText() + lead + String.join(", ", codes) + ".");
        }
    }

    /** What the object at {@code path} holds: its inputs, then its sections (for a previous observation, count groups only). */
    private Map<String, ObjectNode> members(String path, boolean full) {
        Map<String, ObjectNode> members = new LinkedHashMap<>();
        for (String section : layout.sectionsIn(path)) {
            Map<String, ObjectNode> inside = members(section, full);
            if (!inside.isEmpty()) {
                members.put(Paths.key(section), object(layout.sections().get(section), inside));
            }
        }
        for (CountGroup group : layout.countGroups()) {
            if (group.parent().equals(path)) {
                members.put(group.key(), counts(group.counts(), group.nested(), group.description(), Map.of()));
            }
        }
        if (full) {
            layout.countLists().stream().filter(in(path, CountList::path)).forEach(list -> members.put(Paths.key(list.path()), list(list)));
            layout.values().stream().filter(in(path, ValueInput::path)).forEach(value -> members.put(Paths.key(value.path()), value(value)));
            layout.surveys().stream().filter(in(path, SurveyInput::path)).forEach(survey -> members.put(Paths.key(survey.path()), survey(survey)));
        }
        return members;
    }

    private static <T> Predicate<T> in(String path, java.util.function.Function<T, String> pathOf) {
        return input -> Paths.parent(pathOf.apply(input)).equals(path);
    }

    private static ObjectNode object(String description, Map<String, ObjectNode> properties) {
        ObjectNode node = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
        if (description != null && !description.isEmpty()) {
            node.put("description", description);
        }
        properties.forEach(node.putObject("properties")::set);
        return node;
    }

    private static ObjectNode counts(java.util.List<String> counts, boolean nested, String description, Map<String, String> notes) {
        ObjectNode node = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
        ArrayNode required = node.putArray("required");
        counts.forEach(required::add);
        ObjectNode properties = node.putObject("properties");
        counts.forEach(count -> {
            ObjectNode property = properties.putObject(count).put("$ref", "#/definitions/count");
            if (notes.containsKey(count)) {
                property.put("description", notes.get(count));
            }
        });
        node.put("description", description + (nested ? " Each count is at most the one before." : ""));
        return node;
    }

    private static ObjectNode list(CountList list) {
        ObjectNode entry = counts(list.counts(), list.nested(), "", list.notes());
        entry.remove("description");
        ArrayNode required = JSON.createArrayNode().add("code").add("name").addAll((ArrayNode) entry.get("required"));
        entry.set("required", required);
        ObjectNode properties = JSON.createObjectNode();
        properties.putObject("code").put("$ref", "#/definitions/text");
        properties.putObject("name").put("$ref", "#/definitions/text");
        entry.get("properties").fields().forEachRemaining(f -> properties.set(f.getKey(), f.getValue()));
        entry.set("properties", properties);
        ObjectNode node = JSON.createObjectNode().put("type", "array").put("minItems", 1).put("description", list.description()
                + " Codes are unique" + (list.nested() ? "; each count is at most the one before." : "."));
        node.set("items", entry);
        return node;
    }

    private static ObjectNode value(ValueInput value) {
        return JSON.createObjectNode().put("type", "number").put("minimum", value.min()).put("maximum", value.max())
                .put("description", value.description());
    }

    private static ObjectNode survey(SurveyInput survey) {
        Map<String, ObjectNode> elements = new LinkedHashMap<>();
        survey.elements().forEach(e -> elements.put(e, questions()));
        ObjectNode group = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
        group.putArray("required").add("code").add("name").add("questions");
        ObjectNode groupProperties = group.putObject("properties");
        groupProperties.putObject("code").put("$ref", "#/definitions/text");
        groupProperties.putObject("name").put("$ref", "#/definitions/text");
        groupProperties.set("questions", questions());
        ObjectNode policy = JSON.createObjectNode().put("type", "array").put("minItems", 1).put("description", survey.policy());
        policy.set("items", group);
        Map<String, ObjectNode> parts = new LinkedHashMap<>();
        parts.put("service", object(survey.service(), elements));
        parts.put("policy", policy);
        return object(survey.description(), parts);
    }

    private static ObjectNode questions() {
        ObjectNode node = JSON.createObjectNode().put("type", "array").put("minItems", 1);
        node.putObject("items").put("$ref", "#/definitions/question");
        return node;
    }

    private static ObjectNode skeleton() {
        try (InputStream in = SnapshotSchema.class.getClassLoader().getResourceAsStream(SKELETON)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(SKELETON + " is missing from parsipas-core", e);
        }
    }
}
