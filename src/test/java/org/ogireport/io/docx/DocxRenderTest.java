package org.ogireport.io.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.Section;
import org.ogireport.format.TableSpec;
import org.ogireport.model.Report;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.OfficeRender;
import org.ogireport.testing.OfficeRender.Page;

/**
 * Renders the Word export of a full report (the Huai'an 2024 figures) through LibreOffice to PDF and reads the PDF:
 * how many pages, whether the text comes in the report's order, where the page numbers sit, and whether everything
 * stays inside the text block. Skipped where LibreOffice ({@code soffice}) is not installed.
 */
class DocxRenderTest {

    private static final double PT_PER_MM = 72 / 25.4;
    private static final double PAGE_WIDTH = 210 * PT_PER_MM;

    @TempDir
    static Path dir;

    private static Report report;
    private static List<Page> pages;

    @BeforeAll
    static void render() throws Exception {
        OfficeRender.assumeInstalled();
        report = Huaian2024.report();
        pages = OfficeRender.pages(new DocxWriter(), report, dir);
    }

    @Test
    void theFullReportTakesAboutAsManyPagesAsThePublishedOne() {
        // The published Huai'an report has 6 pages; fonts substituted by the renderer may move a line or two.
        assertThat(pages.size()).isBetween(5, 7);
    }

    @Test
    void everyPageIsNumberedOutsideOddRightEvenLeft() {
        for (int i = 0; i < pages.size(); i++) {
            String number = "— " + (i + 1) + " —";
            List<TextPosition> line = linesOf(pages.get(i)).stream().filter(l -> text(l).strip().equals(number))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + number));
            double left = line.get(0).getXDirAdj();
            double right = line.get(line.size() - 1).getXDirAdj() + line.get(line.size() - 1).getWidthDirAdj();
            if ((i + 1) % 2 == 1) {
                // one 4号 character (14 pt) in from the text block's right edge (26 mm margin)
                assertThat(PAGE_WIDTH - right).as("page %d number at the right", i + 1)
                        .isCloseTo(26 * PT_PER_MM + 14, within(4.0));
            } else {
                assertThat(left).as("page %d number at the left", i + 1).isCloseTo(28 * PT_PER_MM + 14, within(4.0));
            }
            double top = line.get(0).getYDirAdj() - line.get(0).getHeightDir();
            // 7 mm below the text block, whose bottom is 35 mm above the page's
            assertThat(top / PT_PER_MM).as("page %d number 7 mm below the text", i + 1)
                    .isCloseTo(297 - 35 + 7, within(3.0));
        }
    }

    @Test
    void theTextComesInTheReportsOrder() {
        StringBuilder all = new StringBuilder();
        pages.forEach(p -> all.append(p.text()));
        String text = all.toString().replaceAll("\\s", "");
        List<String> expected = new ArrayList<>();
        expected.add(report.organ().name());
        expected.add(report.catalog().title(report.organ().name(), report.year()).substring(report.organ().name()
                .length()));
        expected.add(report.text("s0.preamble").substring(0, 20));
        for (Section s : report.catalog().sections()) {
            expected.add(s.heading());
            if (s.tableId() != null) {
                TableSpec t = report.catalog().table(s.tableId());
                expected.add(t.grids().get(0).rows().get(0).path().isEmpty() ? t.grids().get(0).columns().get(0)
                        .path().get(0) : t.grids().get(0).rows().get(0).label());
            }
        }
        expected.add("3940元");
        expected.add("2025年1月20日");
        int at = 0;
        for (String part : expected) {
            int found = text.indexOf(part.replaceAll("\\s", ""), at);
            assertThat(found).as("'%s' after position %d", part, at).isGreaterThanOrEqualTo(0);
            at = found;
        }
        assertThat(text).contains("3985758", "96171.6", "3119", "3050");
    }

    /**
     * Table 三 runs over a page break, and no row ends up on a page without the labels of its groups: wherever
     * 「5.属于三类内部事务信息」 is printed, （三）不予公开 and 三、本年度办理结果 are printed on that page too.
     */
    @Test
    void tableThreeCrossesAPageAndEveryPageShowsTheGroupLabelsOfItsRows() {
        Grid t3 = report.catalog().applications().grid();
        List<Integer> pagesWithRows = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i).text().replaceAll("\\s", "");
            boolean any = false;
            for (Header row : t3.rows()) {
                if (text.contains(row.label())) {
                    any = true;
                    for (String group : row.path()) {
                        assertThat(text).as("page %d shows %s with its group", i + 1, row.label()).contains(group);
                    }
                }
            }
            if (any) {
                pagesWithRows.add(i + 1);
            }
        }
        assertThat(pagesWithRows).as("pages with rows of table 三").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everythingStaysInsideTheTextBlock() {
        for (Page page : pages) {
            // Full-width punctuation may hang into the margin at a line's end, as Chinese typesetting allows.
            for (TextPosition c : page.positions().stream()
                    .filter(c -> Character.isLetterOrDigit(c.getUnicode().codePointAt(0))).toList()) {
                assertThat((double) c.getXDirAdj()).as("left of '%s'", c.getUnicode())
                        .isGreaterThan(28 * PT_PER_MM - 2);
                assertThat((double) c.getXDirAdj() + c.getWidthDirAdj()).as("right of '%s'", c.getUnicode())
                        .isLessThan(PAGE_WIDTH - 26 * PT_PER_MM + 2);
            }
        }
    }

    // ---- reading the PDF ------------------------------------------------------------------------------------

    /** The characters of a page grouped in lines by their baseline. */
    private static List<List<TextPosition>> linesOf(Page page) {
        List<List<TextPosition>> lines = new ArrayList<>();
        for (TextPosition c : page.positions()) {
            List<TextPosition> line = lines.stream()
                    .filter(l -> Math.abs(l.get(0).getYDirAdj() - c.getYDirAdj()) < 1).findFirst().orElse(null);
            if (line == null) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(c);
        }
        lines.forEach(l -> l.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj())));
        return lines;
    }

    private static String text(List<TextPosition> line) {
        StringBuilder sb = new StringBuilder();
        line.forEach(c -> sb.append(c.getUnicode()));
        return sb.toString();
    }
}
