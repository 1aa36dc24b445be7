package io.github.parsipas.excel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.snapshot.InputLimits;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Period;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotReader;
import io.github.parsipas.snapshot.UnitKind;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A unit's month as an Excel workbook (.xlsx) to fill, generated from the rule set's declaration of its inputs, and a
 * filled one read back through the strict snapshot reader: every problem names the sheet and cell and the JSON path
 * ({@code 'TTHC'!D7 ($.tthc.complaints.resolved)}). docs/inputs.md describes the workbook.
 */
public final class ExcelTemplate {

    private ExcelTemplate() {
    }

    /** A blank template for a kind of unit and a period (e.g. {@code 2025-10}), in {@code language}. */
    public static void write(Methodology methodology, UnitKind kind, Period period, Language language, OutputStream out) throws IOException {
        Form form = new Form(methodology, kind, language, input -> false);
        WorkbookWriter.write(form, MissingNode.getInstance(), title(form, period), period, out);
    }

    /**
     * The template of a snapshot's kind and period filled with its data (a {@code .json} or {@code .yaml} file, read
     * strictly first); inputs it carries that its kind is not asked for are kept, so reading the workbook gives it back.
     *
     * @throws InvalidInputException when the snapshot is refused
     */
    public static void fill(Methodology methodology, Path snapshot, Language language, OutputStream out) throws IOException {
        Snapshot read = new SnapshotReader(methodology.layout()).read(snapshot);
        boolean yaml = snapshot.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
        ObjectMapper mapper = (yaml ? YAMLMapper.builder() : JsonMapper.builder()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        JsonNode document = mapper.readTree(snapshot.toFile());
        Form form = new Form(methodology, read.unit().kind(), language, Form.carriedBy(document));
        WorkbookWriter.write(form, document, title(form, read.period()), read.period(), out);
    }

    private static String title(Form form, Period period) {
        return form.labels.format("ui.title", Map.of("kind", Arg.verbatim(form.labels.get("kind." + form.kind.code(), form.language)),
                "period", Arg.verbatim(period.label())), form.language);
    }

    /**
     * Reads a filled workbook as the snapshot reader reads a JSON file.
     *
     * @throws InvalidInputException naming the sheet, cell and JSON path of each problem
     */
    public static Input read(SnapshotReader reader, Path workbook) {
        String source = workbook.toString();
        byte[] bytes;
        try {
            if (Files.size(workbook) > InputLimits.MAX_BYTES) {
                throw new InvalidInputException(source, List.of(InputProblem.of("$", Files.size(workbook) + " bytes", "input.expected.maxBytes",
                        Map.of("max", Arg.verbatim(String.valueOf(InputLimits.MAX_BYTES))))));
            }
            bytes = Files.readAllBytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + workbook + ": " + e.getMessage(), e);
        }
        WorkbookReader.Result result;
        try (XSSFWorkbook book = open(source, bytes)) {
            if (book.getSheet(WorkbookWriter.META) == null) {
                throw new InvalidInputException(source, List.of(InputProblem.of("$", Messages.text("input.found.notTemplate", Map.of()),
                        "input.expected.workbook", Map.of())));
            }
            result = WorkbookReader.read(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Input input = new Input(source, null, result.cells());
        List<InputProblem> problems = new ArrayList<>(result.problems());
        int total = problems.size();
        Snapshot snapshot = null;
        try {
            snapshot = reader.fromJson(source, JsonMapper.builder().build().writeValueAsBytes(result.tree()));
        } catch (InvalidInputException e) {
            // a cell that could not be read is left out of the JSON: its problem is said once, not again as "required"
            java.util.Set<String> said = result.problems().stream().map(InputProblem::path).collect(java.util.stream.Collectors.toSet());
            List<InputProblem> located = input.locate(e).problems();
            List<InputProblem> more = located.stream().filter(p -> !said.contains(p.path())).toList();
            problems.addAll(more);
            total += e.total() - (located.size() - more.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems.subList(0, Math.min(problems.size(), InputLimits.MAX_PROBLEMS)), total);
        }
        return new Input(source, snapshot, result.cells());
    }

    /** The workbook in {@code bytes}, or the problem that they are none, in POI's own words (not a zip, no workbook part, a zip bomb). */
    private static XSSFWorkbook open(String source, byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(source, List.of(InputProblem.of("$", Messages.text("input.found.notWorkbook",
                    Map.of("detail", Arg.verbatim(String.valueOf(e.getMessage())))), "input.expected.workbook", Map.of())));
        }
    }

    /**
     * A workbook read: the file, its snapshot, and the cell each JSON path came from, to name the cells in problems found
     * later (the evaluator's checks of codes and answer counts).
     */
    public record Input(String source, Snapshot snapshot, Map<String, String> cells) {

        public Input {
            cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells)); // in the workbook's order: the first cell within a path
        }

        /** The same problems, each with the cell its JSON path came from: {@code 'TTHC'!D7 ($.tthc.complaints.resolved)}. */
        public InvalidInputException locate(InvalidInputException problems) {
            List<InputProblem> located = problems.problems().stream().map(p -> new InputProblem(cellOf(p.path()) + p.path()
                    + (cellOf(p.path()).isEmpty() ? "" : ")"), p.found(), p.expected(), p.foundText(), p.expectedText())).toList();
            return new InvalidInputException(source, located, problems.total());
        }

        /** {@code 'TTHC'!D7 (}, or nothing when no cell holds the path or anything within it or above it. */
        private String cellOf(String path) {
            for (String at = path; !at.isEmpty(); at = parent(at)) {
                String cell = cells.get(at);
                if (cell == null) {
                    String within = at;
                    cell = cells.entrySet().stream().filter(e -> e.getKey().startsWith(within + ".") || e.getKey().startsWith(within + "["))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                }
                if (cell != null) {
                    return cell + " (";
                }
            }
            return "";
        }

        private static String parent(String path) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut <= 1 ? "" : path.substring(0, cut);
        }
    }
}
