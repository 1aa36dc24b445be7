package io.github.parsipas.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.parsipas.report.BatchReport.Rejected;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Snapshots at scale: files ({@code .json}, {@code .yaml}), JSON lines ({@code .jsonl}, one snapshot a line) and CSV
 * ({@code .csv}, one row per unit and period, a column per snapshot path — docs/batch.md), or folders of them. Every
 * snapshot goes through the strict reader; a file, line or row it refuses is rejected with where and why (the JSON
 * path), and the rest still read. Nothing is skipped silently: an unknown file type in a folder is rejected too.
 */
public final class BatchInput {

    /** The limit of snapshots in one batch: the country's communes and departments over twelve months, with room. */
    public static final int MAX_SNAPSHOTS = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_]+)(?:\\[(\\d{1,4})])?");
    /** Column ends whose cells stay text even when they read as numbers: identifiers, names, dates. */
    private static final Set<String> TEXT = Set.of("id", "name", "kind", "code", "title", "asOf", "due", "done", "concluded", "handled",
            "submitted", "assignedBy", "period");

    /** The snapshots read, in input order, and the inputs left out. */
    public record Loaded(List<Snapshot> snapshots, List<Rejected> rejected) {
        public Loaded {
            snapshots = List.copyOf(snapshots);
            rejected = List.copyOf(rejected);
        }
    }

    private final SnapshotReader reader;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private BatchInput(SnapshotReader reader) {
        this.reader = reader;
    }

    /** Reads every input (a folder: its files below, in path order) with {@code reader}. */
    public static Loaded read(List<Path> inputs, SnapshotReader reader) {
        BatchInput input = new BatchInput(reader);
        for (Path path : inputs) {
            input.readPath(path);
        }
        return new Loaded(input.snapshots, input.rejected);
    }

    /** Snapshots as JSON lines from any text (a request body, a stream), named {@code source} in what is rejected. */
    public static Loaded readJsonLines(String source, java.io.Reader text, SnapshotReader reader) {
        BatchInput input = new BatchInput(reader);
        try {
            input.jsonLines(source, new java.io.BufferedReader(text));
        } catch (IOException e) {
            input.rejected.add(rejected(source, "unreadableText", Map.of("detail", Arg.verbatim(String.valueOf(e.getMessage())))));
        }
        return new Loaded(input.snapshots, input.rejected);
    }

    private void readPath(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).sorted().forEach(this::readFile);
            } catch (IOException e) {
                rejected.add(rejected(path.toString(), "unlistableFolder", Map.of("detail", Arg.verbatim(String.valueOf(e.getMessage())))));
            }
        } else {
            readFile(path);
        }
    }

    private void readFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                jsonLines(file);
            } else if (name.endsWith(".csv")) {
                csv(file);
            } else if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
                accept(file.toString(), () -> reader.read(file));
            } else {
                rejected.add(rejected(file.toString(), "notSnapshotFile", Map.of()));
            }
        } catch (IOException e) {
            rejected.add(rejected(file.toString(), "unreadableFile", Map.of("detail", Arg.verbatim(String.valueOf(e.getMessage())))));
        }
    }

    private void jsonLines(Path file) throws IOException {
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            jsonLines(file.toString(), lines);
        }
    }

    private void jsonLines(String source, java.io.BufferedReader lines) throws IOException {
        int line = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            line++;
            if (!text.isBlank()) {
                String where = source + ":" + line;
                byte[] json = text.getBytes(StandardCharsets.UTF_8);
                accept(where, () -> reader.fromJson(where, json));
            }
        }
    }

    /** A header of snapshot paths ({@code unit.id}, {@code tthc.complaints.resolved}, {@code tthc.fields[0].code}); a row per snapshot. */
    private void csv(Path file) throws IOException {
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(file.toFile())) {
            if (!rows.hasNext()) {
                rejected.add(rejected(file.toString(), "emptyCsv", Map.of()));
                return;
            }
            String[] header = rows.next();
            for (String column : header) {
                if (!column.isEmpty() && !column.matches("[A-Za-z0-9_]+(\\[\\d{1,4}])?(\\.[A-Za-z0-9_]+(\\[\\d{1,4}])?)*")) {
                    rejected.add(rejected(file + ":1", "notPathColumn", Map.of("column", Arg.verbatim(column))));
                    return;
                }
            }
            java.util.Optional<Text> clash = clash(header);
            if (clash.isPresent()) {
                rejected.add(new Rejected(file + ":1", clash.get().en(), clash.get()));
                return;
            }
            while (rows.hasNext()) {
                long line = rows.getCurrentLocation().getLineNr();
                String[] row = rows.next();
                String where = file + ":" + line;
                if (row.length != header.length) {
                    rejected.add(rejected(where, "cells", Map.of("cells", Arg.count(row.length), "columns", Arg.count(header.length))));
                    continue;
                }
                byte[] json = JSON.writeValueAsBytes(tree(header, row));
                accept(where, () -> reader.fromJson(where, json));
            }
        }
    }

    /** Two columns for one place: the same path twice, or a path that is also the section or list of another. */
    static java.util.Optional<Text> clash(String[] header) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                return java.util.Optional.of(Messages.text("batch.reject.columnTwice", Map.of("column", Arg.verbatim(column))));
            }
        }
        for (String column : header) {
            for (String other : header) {
                if (other.startsWith(column + ".") || other.startsWith(column + "[")) {
                    return java.util.Optional.of(Messages.text("batch.reject.valueAndSection",
                            Map.of("column", Arg.verbatim(column), "other", Arg.verbatim(other))));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The snapshot a CSV row stands for; an empty cell is a value the row does not have. A row is in the current snapshot
     * format unless a {@code format} column says otherwise (a column per row would only repeat it).
     */
    static ObjectNode tree(String[] header, String[] row) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", Snapshot.FORMAT);
        for (int i = 0; i < header.length; i++) {
            if (row[i].isEmpty()) {
                continue;
            }
            String[] steps = header[i].split("\\.");
            com.fasterxml.jackson.databind.JsonNode node = root;
            for (int s = 0; s < steps.length; s++) {
                Matcher step = STEP.matcher(steps[s]);
                step.matches();
                boolean last = s == steps.length - 1;
                if (step.group(2) == null) {
                    ObjectNode object = (ObjectNode) node;
                    if (last) {
                        put(object, step.group(1), row[i]);
                    } else {
                        node = object.has(step.group(1)) ? object.get(step.group(1)) : object.putObject(step.group(1));
                    }
                } else {
                    ArrayNode array = ((ObjectNode) node).has(step.group(1)) ? (ArrayNode) node.get(step.group(1)) : ((ObjectNode) node).putArray(step.group(1));
                    int index = Integer.parseInt(step.group(2));
                    while (array.size() <= index) {
                        array.addObject();
                    }
                    node = array.get(index);
                }
            }
        }
        return root;
    }

    private static void put(ObjectNode object, String key, String cell) {
        if (!TEXT.contains(key) && cell.matches("-?\\d{1,18}")) {
            object.put(key, Long.parseLong(cell));
        } else if (!TEXT.contains(key) && cell.matches("-?\\d{1,18}\\.\\d{1,18}")) {
            object.put(key, new java.math.BigDecimal(cell));
        } else {
            object.put(key, cell);
        }
    }

    private void accept(String where, java.util.function.Supplier<Snapshot> read) {
        if (snapshots.size() >= MAX_SNAPSHOTS) {
            rejected.add(rejected(where, "tooMany", Map.of("max", Arg.count(MAX_SNAPSHOTS))));
            return;
        }
        try {
            snapshots.add(read.get());
        } catch (InvalidInputException e) {
            rejected.add(rejection(where, e));
        }
    }

    /** An input left out for a reason of the batch's own (messages {@code batch.reject.*}). */
    private static Rejected rejected(String where, String reason, Map<String, Arg> values) {
        Text text = Messages.text("batch.reject." + reason, values);
        return new Rejected(where, text.en(), text);
    }

    /** An input the reader refused, each of its problems as "path: found …, expected …". */
    public static Rejected rejection(String where, InvalidInputException refused) {
        return new Rejected(where, String.join("; ", refused.problems().stream()
                .map(p -> p.path() + ": found " + p.found() + ", expected " + p.expected()).toList()),
                Text.rendered(language -> String.join("; ", refused.problems().stream().map(p -> p.describe(language)).toList())));
    }
}
