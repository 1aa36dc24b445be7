package io.github.parsipas.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A piece of a report for people, independent of its format: Markdown and HTML write the same blocks. Text is
 * made of spans; whatever comes from the input or a pack is a {@link Span.Style#TEXT} span, escaped by every writer.
 */
sealed interface Block {

    record Heading(int level, List<Span> text) implements Block {
    }

    record Paragraph(List<Span> text) implements Block {
    }

    record Quote(List<Span> text) implements Block {
    }

    /** A bulleted list; an item may carry a numbered list of its own. */
    record Bullets(List<Item> items) implements Block {
        record Item(List<Span> text, List<List<Span>> numbered) {
        }
    }

    /** A table with its header; {@code right[i]} aligns column i to the right (numbers). */
    record Table(List<String> header, List<Boolean> right, List<List<List<Span>>> rows) implements Block {
    }

    /** Bars of points against their maximum (HTML draws them; Markdown has the same numbers in a table). */
    record Chart(String title, List<Bar> bars) implements Block {
        record Bar(String label, BigDecimal value, BigDecimal max, boolean provisional) {
        }
    }

    /** A run of text and how to write it. */
    record Span(String text, Style style) {
        enum Style {
            /** From the input or a pack: escaped. */
            TEXT,
            /** Our own words and numbers: written as they are in Markdown, escaped in HTML. */
            RAW,
            /** A code, emphasised. */
            STRONG,
            /** A path or hash, in a code face. */
            CODE
        }

        static Span text(String text) {
            return new Span(text, Style.TEXT);
        }

        static Span raw(String text) {
            return new Span(text, Style.RAW);
        }
    }
}
