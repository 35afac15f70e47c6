package org.ogireport.io.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.ReportWriter;
import org.ogireport.io.export.GongwenFonts;
import org.ogireport.io.export.ReportContent;
import org.ogireport.io.export.TableLayout;
import org.ogireport.io.export.TableLayout.Cell;
import org.ogireport.io.export.TableLayout.Role;
import org.ogireport.model.Report;

/**
 * The report as one self-contained web page for the portal's 政府信息公开年报 column: UTF-8, every style written
 * on the element itself (a portal's editor keeps those when the page is pasted in and drops style sheets), the
 * tables merged with rowspan and colspan as on paper. Value cells carry their cell key in {@code data-key}.
 */
public final class HtmlWriter implements ReportWriter {

    // The 公文 fonts first, then what Windows, macOS and Linux readers have instead.
    private static final String PAGE = "max-width:210mm;margin:0 auto;padding:0 12px;"
            + "font-family:'" + GongwenFonts.FANGSONG + "','FangSong','STFangsong','Noto Serif CJK SC',serif;"
            + "font-size:16pt;line-height:1.8;color:#000;";
    private static final String TITLE = "text-align:center;font-family:'" + GongwenFonts.XIAOBIAOSONG + "','SimSun',"
            + "'Songti SC','Noto Serif CJK SC',serif;font-size:22pt;font-weight:normal;line-height:1.6;margin:24px 0;";
    private static final String DRAFT = "text-align:center;color:#c00000;font-weight:bold;border:2px solid #c00000;"
            + "padding:6px;margin:12px 0;";
    private static final String HEADING_1 = "font-family:'" + GongwenFonts.HEITI + "','SimHei','Noto Sans CJK SC',"
            + "sans-serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0;";
    private static final String HEADING_2 = "font-family:'" + GongwenFonts.KAITI + "','KaiTi','STKaiti',"
            + "'Noto Serif CJK SC',serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0;";
    private static final String PARAGRAPH = "text-indent:2em;text-align:justify;margin:0;";
    private static final String CLOSING = "text-align:right;margin:2em 0 0;padding-right:4em;";
    private static final String TABLE = "border-collapse:collapse;table-layout:fixed;width:100%;margin:8px 0 16px;"
            + "font-family:'" + GongwenFonts.SONGTI + "','SimSun','Noto Serif CJK SC',serif;font-size:10.5pt;"
            + "line-height:1.4;";
    private static final String CELL = "border:1px solid #000;padding:4px 3px;vertical-align:middle;"
            + "word-break:break-all;";
    private static final String NUMBER = "text-align:center;font-family:'" + GongwenFonts.LATIN + "',serif;";
    private static final String LABEL = "text-align:left;";
    private static final String HEADER = "text-align:center;";

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
        ReportContent.write(report, options, new Page(page));
        out.write(("<!DOCTYPE html>\n" + doc.child(0).outerHtml() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Appends the report's content to the page's element. */
    private static final class Page implements ReportContent.Sink {
        private final Element page;

        Page(Element page) {
            this.page = page;
        }

        @Override
        public void title(String organLine, String yearLine) {
            Element h1 = page.appendElement("h1").attr("style", TITLE);
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
        public void table(TableLayout layout) {
            // width and border as attributes too: some portal editors keep those and drop the style
            Element table = page.appendElement("table").attr("style", TABLE).attr("width", "100%")
                    .attr("border", "1").attr("cellspacing", "0").attr("data-table", layout.table().id());
            Element colgroup = table.appendElement("colgroup");
            // The printed proportions: the columns keep their shares of the page's width.
            for (double w : layout.columnWidths(TableLayout.PRINTED_MM)) {
                colgroup.appendElement("col").attr("style",
                        String.format(Locale.ROOT, "width:%.2f%%", 100 * w / TableLayout.PRINTED_MM.total()));
            }
            Element head = layout.repeatedHeaderRows() > 0 ? table.appendElement("thead") : null;
            Element body = table.appendElement("tbody");
            for (int r = 0; r < layout.rowCount(); r++) {
                Element tr = (r < layout.repeatedHeaderRows() ? head : body).appendElement("tr");
                for (Cell cell : layout.cellsCovering(r)) {
                    if (cell.row() == r) {
                        cell(tr, cell);
                    }
                }
            }
        }

        private static void cell(Element tr, Cell cell) {
            boolean header = cell.role() == Role.COLUMN_HEADER || cell.role() == Role.CORNER;
            Element td = tr.appendElement(header ? "th" : "td").text(cell.text());
            String align = switch (cell.role()) {
                case VALUE -> NUMBER;
                case COLUMN_HEADER -> HEADER;
                default -> LABEL;
            };
            td.attr("style", CELL + align + (header ? "font-weight:normal;" : ""));
            if (cell.rowSpan() > 1) {
                td.attr("rowspan", Integer.toString(cell.rowSpan()));
            }
            if (cell.columnSpan() > 1) {
                td.attr("colspan", Integer.toString(cell.columnSpan()));
            }
            if (cell.spec() != null) {
                td.attr("data-key", cell.spec().key());
            }
        }

        @Override
        public void closing(String organ, String date) {
            // The organ's name centred over the date, the date four characters in from the right (GB/T 9704).
            Element signature = page.appendElement("div").attr("style", CLOSING)
                    .appendElement("div").attr("style", "display:inline-block;text-align:center;");
            signature.appendElement("p").attr("style", "margin:0;").text(organ);
            signature.appendElement("p").attr("style", "margin:0;").text(date);
        }
    }
}
