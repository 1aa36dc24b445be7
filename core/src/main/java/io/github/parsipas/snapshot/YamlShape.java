package io.github.parsipas.snapshot;

import io.github.parsipas.text.Template.Arg;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * What YAML must be before Jackson reads it, checked on SnakeYAML's events: one document, no alias (it would
 * come back as its name), keys that are plain names, and text that parses. Each refusal names the line, the
 * column and the JSON path of the value being read, since the events say where they are and the walk knows
 * which key or entry it is in.
 */
final class YamlShape {

    /** One open mapping or sequence: the key of the value being read, or the index of the entry. */
    private static final class Open {
        final boolean mapping;
        String key;
        boolean keyNext = true;
        int index;

        Open(boolean mapping) {
            this.mapping = mapping;
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private final String source;
    private final String text;

    private YamlShape(String source, String text) {
        this.source = source;
        this.text = text;
    }

    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(InputLimits.MAX_BYTES);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(InputLimits.MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    static void check(String source, String text) {
        new YamlShape(source, text).walk();
    }

    private void walk() {
        Iterator<Event> events = new Yaml(loaderOptions()).parse(new StringReader(text)).iterator();
        int documents = 0;
        Mark last = null;
        try {
            while (events.hasNext()) {
                Event event = events.next();
                last = event.getEndMark();
                if (event instanceof DocumentStartEvent && ++documents > 1) {
                    throw Parser.refused(source, "$", Parser.at("input.found.secondDocument", at(event.getStartMark()), Map.of()), "input.expected.oneDocument");
                }
                if (event instanceof NodeEvent node) {
                    value(node);
                } else if (event instanceof CollectionEndEvent) {
                    open.pop();
                    done();
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String detail = e.getContext() == null ? e.getProblem() : e.getContext() + ": " + e.getProblem();
            throw Parser.refused(source, path(), Parser.syntaxError(mark == null ? at(last) : at(mark), detail == null ? "" : detail), "input.expected.yaml");
        } catch (ReaderException e) {
            throw Parser.refused(source, path(), Parser.syntaxError(lineAndColumn(e.getPosition()),
                    String.format(Locale.ROOT, "character U+%04X: %s", e.getCodePoint(), e.getMessage())),
                    "input.expected.yaml");
        } catch (YAMLException e) {
            throw Parser.refused(source, path(), Parser.syntaxError(at(last), e.getMessage() == null ? "" : e.getMessage()), "input.expected.yaml");
        }
    }

    /** A node: a mapping's key, or the value at the current place. */
    private void value(NodeEvent node) {
        Open top = open.peek();
        if (top != null && top.mapping && top.keyNext) {
            if (node instanceof ScalarEvent scalar) {
                top.key = scalar.getValue();
                top.keyNext = false;
                return;
            }
            if (!(node instanceof AliasEvent)) {
                throw Parser.refused(source, path(), Parser.at("input.found.complexKey", at(node.getStartMark()), Map.of()), "input.expected.plainKey");
            }
        }
        if (node instanceof AliasEvent alias) {
            throw Parser.refused(source, path(), Parser.at("input.found.alias", at(alias.getStartMark()), Map.of("anchor", Arg.verbatim(alias.getAnchor()))),
                    "input.expected.noAlias");
        }
        if (node instanceof CollectionStartEvent) {
            open.push(new Open(node instanceof MappingStartEvent));
        } else {
            done();
        }
    }

    /** The value at the current place is read: the mapping waits for its next key, the sequence for its next entry. */
    private void done() {
        Open top = open.peek();
        if (top == null) {
            return;
        }
        if (top.mapping) {
            top.keyNext = true;
        } else {
            top.index++;
        }
    }

    /** The JSON path of the value being read: {@code $.tthc.fields[2]}. */
    private String path() {
        StringBuilder path = new StringBuilder("$");
        for (Iterator<Open> outermostFirst = open.descendingIterator(); outermostFirst.hasNext(); ) {
            Open o = outermostFirst.next();
            if (!o.mapping) {
                path.append('[').append(o.index).append(']');
            } else if (!o.keyNext) {
                path.append('.').append(o.key);
            }
        }
        return path.toString();
    }

    private static int[] at(Mark mark) {
        return mark == null ? new int[]{1, 1} : new int[]{mark.getLine() + 1, mark.getColumn() + 1};
    }

    /** The line and column of a character offset (a code point's, as SnakeYAML counts) in the text. */
    private int[] lineAndColumn(int codePoint) {
        int end = text.offsetByCodePoints(0, Math.min(codePoint, text.codePointCount(0, text.length())));
        int line = 1 + (int) text.substring(0, end).chars().filter(c -> c == '\n').count();
        return new int[]{line, end - text.lastIndexOf('\n', end - 1)};
    }
}
