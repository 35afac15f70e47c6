package org.ogireport.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.model.Report;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.OfficeRender;
import org.ogireport.testing.OfficeRender.Page;

/**
 * Prints the workbook of a full report (the Huai'an 2024 figures) through LibreOffice and reads the PDF: nothing
 * printed below 10 pt, each table across most of its page, table 四 on a landscape page, the page number and the
 * organ in the footer. Skipped where LibreOffice is not installed.
 */
class XlsxRenderTest {

    private static final double PT_PER_INCH = 72;

    @TempDir
    static Path dir;

    private static final Report REPORT = Huaian2024.report();
    private static List<Page> pages;

    @BeforeAll
    static void print() throws Exception {
        pages = OfficeRender.pages(new XlsxWriter(), REPORT, dir);
    }

    @Test
    void tablesTwoAndThreePrintPortraitAndTableFourLandscape() {
        assertThat(pages).as("table 三 may take a second page, the others one").hasSizeBetween(3, 4);
        for (int i = 0; i < pages.size(); i++) {
            boolean last = i == pages.size() - 1;
            assertThat(pages.get(i).width() > pages.get(i).height()).as("page %d turned", i + 1).isEqualTo(last);
        }
        String t4 = REPORT.catalog().section(REPORT.catalog().table("t4").sectionKey()).heading();
        assertThat(pages.get(pages.size() - 1).text()).contains(t4);
    }

    @Test
    void nothingPrintsBelowTenPoints() {
        for (int i = 0; i < pages.size(); i++) {
            for (TextPosition c : pages.get(i).positions()) {
                assertThat(c.getFontSizeInPt()).as("page %d '%s'", i + 1, c.getUnicode()).isGreaterThanOrEqualTo(10f);
            }
        }
    }

    @Test
    void eachTableTakesMostOfThePrintableWidth() {
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            double left = page.positions().stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
            double right = page.positions().stream().mapToDouble(c -> c.getXDirAdj() + c.getWidthDirAdj()).max()
                    .orElseThrow();
            double printable = page.width() - 2 * PrintedPage.SIDE_MARGIN_INCHES * PT_PER_INCH;
            assertThat((right - left) / printable).as("page %d: the text spans the page", i + 1).isGreaterThan(0.85);
        }
    }

    @Test
    void theFooterNamesTheOrganTheYearAndThePage() {
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i).text().replaceAll("\\s", "");
            assertThat(text).contains(REPORT.organ().name(), "第" + (i + 1) + "页，共" + pages.size() + "页",
                    REPORT.year() + "年度");
        }
    }
}
