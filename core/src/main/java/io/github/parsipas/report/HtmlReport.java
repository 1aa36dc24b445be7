package io.github.parsipas.report;

import io.github.parsipas.text.Language;
import io.github.parsipas.report.Block.Span;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes a report's blocks as one self-contained HTML page: inline CSS and SVG, no script, no font or image
 * fetched, printable. Every text is HTML-escaped, so whatever a unit calls itself shows as text. Charts are
 * images with a title and a description that read out their numbers; the tables beside them carry the same.
 */
final class HtmlReport {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.45}
            main{max-width:72rem;margin:0 auto;padding:1.5rem}
            h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.25rem;margin:1.8rem 0 .6rem;border-bottom:2px solid #1d4e89;padding-bottom:.2rem}
            h3{font-size:1.05rem;margin:1.4rem 0 .5rem}
            blockquote{margin:.6rem 0;padding:.5rem .9rem;border-left:4px solid #c98a00;background:#fff8e6}
            blockquote p{margin:0}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
            th,td{border:1px solid #c8ccd2;padding:.35rem .5rem;vertical-align:top;text-align:left}
            th{background:#eef2f7}td.num,th.num{text-align:right;white-space:nowrap}
            tbody tr:nth-child(even){background:#f8f9fb}
            code{font-family:ui-monospace,Consolas,"DejaVu Sans Mono",monospace;font-size:.85em;word-break:break-all}
            ul.plain{list-style:none;padding-left:1.2rem}
            figure{margin:.5rem 0 1rem}figcaption{font-size:.9rem;color:#444}
            svg text{font-family:inherit;font-size:12px;fill:#1b1b1b}
            @media print{main{max-width:none;padding:0}h2{break-after:avoid}tr,figure{break-inside:avoid}body{font-size:10pt}}
            """;
    private static final int CHART_WIDTH = 720;
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_WIDTH = 300;
    private static final int ROW = 26;

    private HtmlReport() {
    }

    static String render(List<Block> blocks, Language language) {
        StringBuilder out = new StringBuilder();
        String title = blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() == 1).map(b -> plain(((Block.Heading) b).text()))
                .findFirst().orElse("");
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language == Language.VI ? "vi" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        int charts = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                out.append("<h").append(h.level()).append('>').append(spans(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Block.Paragraph p) {
                out.append("<p>").append(spans(p.text())).append("</p>\n");
            } else if (block instanceof Block.Quote q) {
                out.append("<blockquote><p>").append(spans(q.text())).append("</p></blockquote>\n");
            } else if (block instanceof Block.Bullets b) {
                out.append("<ul>\n");
                for (Block.Bullets.Item item : b.items()) {
                    out.append("<li>").append(spans(item.text()));
                    if (!item.numbered().isEmpty()) {
                        out.append("\n<ul class=\"plain\">\n");
                        item.numbered().forEach(n -> out.append("<li>").append(spans(n)).append("</li>\n"));
                        out.append("</ul>\n");
                    }
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            } else if (block instanceof Block.Table t) {
                table(out, t);
            } else if (block instanceof Block.Chart c) {
                chart(out, c, language, ++charts);
            }
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder out, Block.Table t) {
        out.append("<table>\n<thead><tr>");
        for (int i = 0; i < t.header().size(); i++) {
            out.append("<th scope=\"col\"").append(t.right().get(i) ? " class=\"num\"" : "").append('>').append(esc(t.header().get(i))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<List<Span>> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append("<td").append(t.right().get(i) ? " class=\"num\"" : "").append('>').append(spans(row.get(i))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Horizontal bars of points against their maximum; provisional ones hatched and marked †. */
    private static void chart(StringBuilder out, Block.Chart c, Language language, int n) {
        if (c.bars().isEmpty()) {
            return;
        }
        String id = "chart-" + n;
        int height = c.bars().size() * ROW + 8;
        StringBuilder description = new StringBuilder();
        out.append("<figure>\n<svg role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\">\n<title id=\"").append(id).append("-t\">").append(esc(c.title())).append("</title>\n")
                .append("<defs><pattern id=\"").append(id).append("-h\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"3\" height=\"6\" fill=\"#5b8fd1\"/></pattern></defs>\n");
        int y = 4;
        for (Block.Chart.Bar bar : c.bars()) {
            String values = language.number(bar.value().stripTrailingZeros()) + " / " + language.number(bar.max().stripTrailingZeros()) + (bar.provisional() ? " †" : "");
            description.append(bar.label()).append(": ").append(values).append("; ");
            int width = bar.max().signum() == 0 ? 0 : bar.value().max(BigDecimal.ZERO).min(bar.max())
                    .multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(bar.max(), 0, RoundingMode.HALF_UP).intValue();
            out.append("<g><text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(shorten(bar.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(BAR_WIDTH)
                    .append("\" height=\"16\" fill=\"#e3e8ef\"/>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(width)
                    .append("\" height=\"16\" fill=\"").append(bar.provisional() ? "url(#" + id + "-h)" : "#1d4e89").append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + BAR_WIDTH + 8).append("\" y=\"").append(y + 15).append("\">").append(esc(values))
                    .append("</text></g>\n");
            y += ROW;
        }
        out.append("<desc id=\"").append(id).append("-d\">").append(esc(description.toString().strip())).append("</desc>\n</svg>\n")
                .append("<figcaption>").append(esc(c.title())).append("</figcaption>\n</figure>\n");
    }

    private static String shorten(String label) {
        return label.codePointCount(0, label.length()) > 46 ? label.substring(0, label.offsetByCodePoints(0, 45)) + "…" : label;
    }

    private static String spans(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            text.append(switch (span.style()) {
                case TEXT, RAW -> esc(span.text());
                case STRONG -> "<strong>" + esc(span.text()) + "</strong>";
                case CODE -> "<code>" + esc(span.text()) + "</code>";
            });
        }
        return text.toString();
    }

    private static String plain(List<Span> spans) {
        return String.join("", spans.stream().map(Span::text).toList());
    }

    /** Text made safe for HTML content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
