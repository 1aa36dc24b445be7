package io.github.parsipas.report;

import io.github.parsipas.report.Block.Span;

import java.util.List;

/** Writes a report's blocks as Markdown: input text escaped, charts left to the tables that carry their numbers. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Block.Chart) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (block instanceof Block.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(spans(h.text())).append('\n');
            } else if (block instanceof Block.Paragraph p) {
                out.append(spans(p.text())).append('\n');
            } else if (block instanceof Block.Quote q) {
                out.append("> ").append(spans(q.text())).append('\n');
            } else if (block instanceof Block.Bullets b) {
                b.items().forEach(item -> {
                    out.append("- ").append(spans(item.text())).append('\n');
                    item.numbered().forEach(n -> out.append("  ").append(spans(n)).append('\n'));
                });
            } else if (block instanceof Block.Table t) {
                out.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
                t.right().forEach(right -> out.append(right ? "---:|" : "---|"));
                out.append('\n');
                t.rows().forEach(row -> out.append("| ").append(String.join(" | ", row.stream().map(MarkdownReport::spans).toList())).append(" |\n"));
            }
        }
        return out.toString();
    }

    private static String spans(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            text.append(switch (span.style()) {
                case TEXT -> Markdown.escape(span.text());
                case RAW -> span.text();
                case STRONG -> "**" + Markdown.escape(span.text()) + "**";
                case CODE -> "`" + span.text().replace("`", "'") + "`";
            });
        }
        return text.toString();
    }
}
