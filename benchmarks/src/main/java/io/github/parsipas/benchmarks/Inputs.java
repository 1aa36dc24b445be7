package io.github.parsipas.benchmarks;

import io.github.parsipas.examples.SyntheticCity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmarks evaluate: the bundled examples (run from the project root) and the synthetic city's units. */
final class Inputs {

    /** The bundled example snapshots, by short name. */
    static Path example(String name) {
        Path file = Path.of("examples/snapshots").resolve(switch (name) {
            case "ward" -> "ward-ben-thanh-2025-10.json";
            case "department" -> "department-so-tu-phap-2025-11.yaml";
            case "city" -> "city-hcm-2025-10.yaml";
            case "city-766" -> "city-766-2025-10.yaml";
            case "city-sipas" -> "city-sipas-2025.yaml";
            default -> throw new IllegalArgumentException("no example " + name);
        });
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " not found: run the benchmarks from the project root");
        }
        return file;
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The December snapshots of the synthetic city's first {@code units} wards (fixed seed), as JSON. */
    static List<byte[]> syntheticWards(int units) {
        List<String> lines = SyntheticCity.generate(2025, units, 0, 12);
        return java.util.stream.IntStream.range(0, units).mapToObj(i -> lines.get(i * 12 + 11).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** A ward with {@code fields} TTHC fields, a tenth of them below 98% on time: for growth and for the plain-Java reference. */
    static byte[] wardWithFields(int fields) {
        StringBuilder json = new StringBuilder("{\"format\": \"parsipas.snapshot/1\", \"unit\": {\"id\": \"w\", \"name\": \"Phường (benchmark)\", "
                + "\"kind\": \"ward-commune\"}, \"asOf\": \"2025-10-31\", \"period\": {\"year\": 2025, \"month\": 10}, \"tthc\": {\"fields\": [");
        for (int i = 0; i < fields; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"code\": \"f").append(i).append("\", \"name\": \"Lĩnh vực ").append(i)
                    .append("\", \"received\": 120, \"resolved\": 100, \"resolvedOnTime\": ").append(i % 10 == 0 ? 95 : 100).append('}');
        }
        return json.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private Inputs() {
    }
}
