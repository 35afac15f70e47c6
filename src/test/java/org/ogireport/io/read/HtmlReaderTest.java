package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.Section;
import org.ogireport.format.TableSpec;
import org.ogireport.format.TextField;
import org.ogireport.io.ImportResult;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;

/** A portal page: the report inside menus and footers, its tables with rowspan and colspan. */
class HtmlReaderTest {

    @TempDir
    Path dir;

    @Test
    void aPortalPageIsReadWithoutItsMenusAndWithItsMergedCells() throws Exception {
        Report written = TestReports.full(2024, 21);
        Path file = dir.resolve("page.html");
        Files.writeString(file, page(written), StandardCharsets.UTF_8);

        ImportResult read = new HtmlReader().read(file);
        Report r = read.report();

        assertThat(r.organ().name()).isEqualTo(written.organ().name());
        for (CellSpec c : r.catalog().cells()) {
            assertThat(r.value(c.key())).as(c.key()).isEqualByComparingTo(written.value(c.key()));
        }
        assertThat(r.text("s6.text")).isEqualTo(written.text("s6.text")).doesNotContain("网站地图");
        assertThat(r.text("s0.preamble")).isEqualTo(written.text("s0.preamble")).doesNotContain("首页");
        assertThat(read.notFound()).isEmpty();
    }

    /** The report as a portal serves it: a layout table around it, rowspan down the labels, colspan across. */
    private static String page(Report r) {
        StringBuilder h = new StringBuilder("<html><head><meta charset='utf-8'><title>年报</title></head><body>");
        h.append("<div class='nav'><a href='/'>首页</a> &gt; <a>政府信息公开年报</a></div>");
        h.append("<table class='layout'><tr><td><div class='content'>");
        h.append("<h1>").append(r.organ().name()).append(r.catalog().title("", r.year())).append("</h1>");
        h.append("<p>").append(r.text("s0.preamble")).append("</p>");
        for (Section s : r.catalog().sections()) {
            h.append("<p><strong>").append(s.heading()).append("</strong></p>");
            for (TextField t : s.texts()) {
                if (t.heading() != null) {
                    h.append("<p>").append(t.heading()).append("</p>");
                }
                h.append("<p>&nbsp;&nbsp;").append(r.text(t.key())).append("</p>");
            }
            if (s.tableId() != null) {
                table(h, r.catalog().table(s.tableId()), r);
            }
        }
        h.append("</div></td></tr></table>");
        h.append("<div class='footer'>网站地图 | 联系我们 | 主办单位：某某办公室</div></body></html>");
        return h.toString();
    }

    private static void table(StringBuilder h, TableSpec table, Report r) {
        h.append("<table border='1'>");
        for (Grid g : table.grids()) {
            if (g.title() != null) {
                h.append("<tr><td colspan='4'>").append(g.title()).append("</td></tr>");
            }
            h.append("<tr>");
            int labelCols = g.rows().stream().mapToInt(x -> x.path().size()).max().orElse(0);
            if (labelCols > 0) {
                h.append("<td colspan='").append(labelCols).append("'>").append(g.corner() == null ? "" : g.corner())
                        .append("</td>");
            }
            g.columns().forEach(c -> h.append("<th>").append(c.label()).append("</th>"));
            h.append("</tr>");
            Header above = null;
            for (Header row : g.rows()) {
                h.append("<tr>");
                for (int level = 0; level < row.path().size(); level++) {
                    boolean inner = level == row.path().size() - 1;
                    if (!inner && above != null && above.path().size() > level
                            && above.path().get(level).equals(row.path().get(level))) {
                        continue; // covered by the rowspan above
                    }
                    int rowspan = 1;
                    if (!inner) {
                        int i = g.rows().indexOf(row);
                        while (i + rowspan < g.rows().size() && g.rows().get(i + rowspan).path().size() > level
                                && g.rows().get(i + rowspan).path().get(level).equals(row.path().get(level))) {
                            rowspan++;
                        }
                    }
                    h.append("<td rowspan='").append(rowspan).append("' colspan='")
                            .append(inner ? labelCols - level : 1).append("'>").append(row.path().get(level))
                            .append("</td>");
                }
                for (Header c : g.columns()) {
                    BigDecimal v = r.value(g.cellKey(row, c));
                    h.append("<td>").append(v == null ? "" : v.toPlainString()).append("</td>");
                }
                h.append("</tr>");
                above = row;
            }
        }
        h.append("</table>");
    }
}
