package org.ogireport.io.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.ReportWriter;
import org.ogireport.io.export.GongwenFonts;
import org.ogireport.io.export.LabelWords;
import org.ogireport.io.export.ReportContent;
import org.ogireport.io.export.TableLayout;
import org.ogireport.io.export.TableLayout.Cell;
import org.ogireport.io.export.TableLayout.Role;
import org.ogireport.io.export.TableLayout.RowKind;
import org.ogireport.model.Report;

/**
 * The report as one self-contained web page for the portal's 政府信息公开年报 column: UTF-8, every style written
 * on the element itself (a portal's editor keeps those when the page is pasted in and drops style sheets, often
 * the wrapping element and the {@code colgroup} too), the tables merged with rowspan and colspan as on paper.
 *
 * <p>For the portal's 适老化/无障碍 checks every table has a {@code caption} and a {@code thead}, headings are
 * {@code th} with a {@code scope}, row labels included. On a phone a table keeps a readable width and scrolls
 * sideways in its own box; numbers never wrap, and column headings wrap only between words ({@link LabelWords}).
 * Value cells carry their cell key in {@code data-key}.
 */
public final class HtmlWriter implements ReportWriter {

    // The 公文 fonts first, then what Windows, macOS and Linux readers have instead.
    private static final String BODY_FONT = "font-family:'" + GongwenFonts.FANGSONG + "','FangSong','STFangsong',"
            + "'Noto Serif CJK SC',serif;font-size:16pt;line-height:1.8;color:#000;";
    private static final String PAGE = "max-width:210mm;margin:0 auto;padding:0 12px;" + BODY_FONT;
    private static final String TITLE = "text-align:center;font-family:'" + GongwenFonts.XIAOBIAOSONG + "','SimSun',"
            + "'Songti SC','Noto Serif CJK SC',serif;font-size:22pt;line-height:1.6;margin:24px 0;font-weight:";
    private static final String DRAFT = "text-align:center;color:#c00000;font-weight:bold;border:2px solid #c00000;"
            + "padding:6px;margin:12px 0;" + BODY_FONT;
    private static final String HEADING_1 = "font-family:'" + GongwenFonts.HEITI + "','SimHei','Noto Sans CJK SC',"
            + "sans-serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0;";
    private static final String KAITI = "font-family:'" + GongwenFonts.KAITI + "','KaiTi','STKaiti',"
            + "'Noto Serif CJK SC',serif;";
    private static final String HEADING_2 = KAITI + "font-size:16pt;font-weight:normal;text-indent:2em;margin:0;";
    private static final String RUN_IN = KAITI + "font-weight:bold;";
    private static final String PARAGRAPH = "text-indent:2em;text-align:justify;margin:0;" + BODY_FONT;
    private static final String CLOSING = "text-align:right;margin:2em 0 0;padding-right:4em;" + BODY_FONT;
    /** A table wider than the screen scrolls sideways inside this box, not the page. */
    private static final String SCROLL_BOX = "overflow-x:auto;margin:8px 0 16px;";
    private static final String TABLE = "border-collapse:collapse;width:100%;margin:0;"
            + "font-family:'" + GongwenFonts.SONGTI + "','SimSun','Noto Serif CJK SC',serif;font-size:10.5pt;"
            + "line-height:1.4;color:#000;";
    /** Read aloud by screen readers, not shown: the section's heading just above already says it. */
    private static final String CAPTION = "position:absolute;width:1px;height:1px;overflow:hidden;"
            + "clip:rect(0 0 0 0);white-space:nowrap;";
    private static final String CELL = "border:1px solid #000;padding:4px 3px;vertical-align:middle;"
            + "font-weight:normal;";
    private static final String NUMBER = "text-align:center;white-space:nowrap;font-family:'" + GongwenFonts.LATIN
            + "',serif;";
    private static final String LABEL = "text-align:left;";
    /** Column headings wrap only where a {@code wbr} says so: between words. */
    private static final String HEADER = "text-align:center;word-break:keep-all;";
    /** Table 二's first block heads the table but is not repeated on every printed page, unlike a column header. */
    private static final String HEAD_NOT_REPEATED = "display:table-row-group;";
    /** The metrics of {@link TableLayout#minimumWidth} in em of the table's font. */
    private static final TableLayout.Metrics EM = new TableLayout.Metrics(0, 1, 0.5, 0.6, 2);
    /** The row labels keep at least this many characters per line on a phone. */
    private static final double MIN_LABEL_CHARS = 7;

    @Override
    public String id() {
        return "html";
    }

    @Override
    public void write(Report report, ExportOptions options, OutputStream out) throws IOException {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(true);
        doc.child(0).attr("lang", "zh-CN");
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width");
        doc.title(report.catalog().title(report.organ().name(), report.year()));
        Element page = doc.body().appendElement("div").attr("style", PAGE);
        ReportContent.write(report, options, new Page(page, report));
        out.write(("<!DOCTYPE html>\n" + doc.child(0).outerHtml() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Appends the report's content to the page's element. */
    private static final class Page implements ReportContent.Sink {
        private final Element page;
        private final Report report;

        Page(Element page, Report report) {
            this.page = page;
            this.report = report;
        }

        @Override
        public void title(String organLine, String yearLine, boolean bold) {
            Element h1 = page.appendElement("h1").attr("style", TITLE + (bold ? "bold;" : "normal;"));
            h1.appendText(organLine).appendElement("br");
            h1.appendText(yearLine);
        }

        @Override
        public void draftLine(String line) {
            page.appendElement("p").attr("style", DRAFT).text(line);
        }

        @Override
        public void heading(int level, String text) {
            page.appendElement(level == 1 ? "h2" : "h3").attr("style", level == 1 ? HEADING_1 : HEADING_2)
                    .text(text);
        }

        @Override
        public void paragraph(String text) {
            page.appendElement("p").attr("style", PARAGRAPH).text(text);
        }

        @Override
        public void runIn(String heading, String text) {
            Element p = page.appendElement("p").attr("style", PARAGRAPH);
            p.appendElement("strong").attr("style", RUN_IN).text(heading);
            p.appendText(text);
        }

        @Override
        public void table(TableLayout layout) {
            double[] widths = layout.columnWidths(TableLayout.PRINTED_MM);
            double minEm = Math.ceil(layout.minimumWidth(EM, MIN_LABEL_CHARS));
            Element box = page.appendElement("div").attr("style", SCROLL_BOX);
            // width and border as attributes too: some portal editors keep those and drop the style
            Element table = box.appendElement("table").attr("style", TABLE + "min-width:" + (int) minEm + "em;")
                    .attr("width", "100%").attr("border", "1").attr("cellspacing", "0")
                    .attr("data-table", layout.table().id());
            table.appendElement("caption").attr("style", CAPTION)
                    .text(report.catalog().section(layout.table().sectionKey()).heading());
            Element colgroup = table.appendElement("colgroup");
            for (int c = 0; c < widths.length; c++) {
                colgroup.appendElement("col").attr("style", "width:" + percent(widths, c, c));
            }
            // The rows above the first data row head the table; only a single column header repeats when printed.
            int headRows = 0;
            while (headRows < layout.rowCount() && layout.rowKind(headRows) != RowKind.DATA) {
                headRows++;
            }
            Element head = table.appendElement("thead");
            if (layout.repeatedHeaderRows() == 0) {
                head.attr("style", HEAD_NOT_REPEATED);
            }
            Element body = null;
            for (int r = 0; r < layout.rowCount(); r++) {
                if (r >= headRows && (body == null || layout.rowKind(r) == RowKind.TITLE)) {
                    body = table.appendElement("tbody"); // one per block of table 二
                }
                Element tr = (r < headRows ? head : body).appendElement("tr");
                for (Cell cell : layout.cellsCovering(r)) {
                    if (cell.row() == r) {
                        cell(tr, cell, widths);
                    }
                }
            }
        }

        /** A cell with its share of the width on it, so that the columns survive an editor that drops colgroup. */
        private static void cell(Element tr, Cell cell, double[] widths) {
            String style = CELL + "width:" + percent(widths, cell.column(), cell.lastColumn()) + switch (cell.role()) {
                case VALUE -> NUMBER;
                case COLUMN_HEADER, TITLE -> HEADER;
                case ROW_HEADER, CORNER -> LABEL;
            };
            Element td = tr.appendElement(cell.role() == Role.VALUE ? "td" : "th").attr("style", style);
            switch (cell.role()) {
                case COLUMN_HEADER, CORNER -> td.attr("scope", "col");
                case TITLE -> td.attr("scope", "colgroup");
                case ROW_HEADER -> td.attr("scope", "row");
                case VALUE -> td.attr("data-key", cell.spec().key());
            }
            if (cell.role() == Role.COLUMN_HEADER) {
                List<String> words = LabelWords.of(cell.text());
                for (int i = 0; i < words.size(); i++) {
                    if (i > 0) {
                        td.appendElement("wbr");
                    }
                    td.appendText(words.get(i));
                }
            } else {
                td.text(cell.text());
            }
            if (cell.rowSpan() > 1) {
                td.attr("rowspan", Integer.toString(cell.rowSpan()));
            }
            if (cell.columnSpan() > 1) {
                td.attr("colspan", Integer.toString(cell.columnSpan()));
            }
        }

        /** The share of the table's width that columns {@code first} … {@code last} take, as CSS. */
        private static String percent(double[] widths, int first, int last) {
            double sum = 0;
            double part = 0;
            for (int c = 0; c < widths.length; c++) {
                sum += widths[c];
                part += c >= first && c <= last ? widths[c] : 0;
            }
            return String.format(Locale.ROOT, "%.2f%%;", 100 * part / sum);
        }

        @Override
        public void closing(String organ, String date) {
            // The organ's name centred over the date, the date four characters in from the right (GB/T 9704).
            Element signature = page.appendElement("div").attr("style", CLOSING)
                    .appendElement("div").attr("style", "display:inline-block;text-align:center;");
            signature.appendElement("p").attr("style", "margin:0;" + BODY_FONT).text(organ);
            signature.appendElement("p").attr("style", "margin:0;" + BODY_FONT).text(date);
        }
    }
}
