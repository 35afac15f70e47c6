package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogireport.app.ImportOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.TextField;
import org.ogireport.io.ImportResult;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;

/**
 * Report pages as clerks save them from portals ({@link PortalPage}: our HTML export in a portal's chrome, with
 * what real portals change), read as a clerk imports them.
 */
class PortalPageTest {

    /** The preamble of a real page that was once taken for its organ's name. */
    private static final String PREAMBLE = "根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室"
            + "关于编制公布2024年度政府信息公开工作年度报告有关事项的通知》要求，编制本报告。本报告中所列数据的统计期限"
            + "自2024年1月1日起至2024年12月31日止。";

    @TempDir
    Path dir;

    private static Report report() {
        Report r = TestReports.full(2024, 31);
        r.setText("s0.preamble", PREAMBLE);
        return r;
    }

    @ParameterizedTest
    @EnumSource(PortalPage.Title.class)
    void aPageWhoseTitleOnlyThePortalStatesImportsWithoutOrganOrYearGiven(PortalPage.Title where) {
        Report written = report();
        Path file = new PortalPage(written).titleIn(where).write(dir.resolve("年报.html"));

        ImportOutcome read = Workspace.preview(file, null, null);

        Report r = read.report();
        assertThat(r.organ().name()).isEqualTo(written.organ().name());
        assertThat(r.year()).isEqualTo(2024);
        assertReadExactly(r, written);
        assertThat(read.notFound()).isEmpty();
    }

    @Test
    void table4FollowedByAnEmptyRowKeepsItsNumbers() {
        Report written = report();
        Path file = new PortalPage(written).blankRowAfterTable4().write(dir.resolve("年报.html"));

        ImportResult read = new HtmlReader().read(file);

        for (CellSpec c : written.catalog().cellsOf("t4")) {
            assertThat(read.report().value(c.key())).as(c.key()).isEqualByComparingTo(written.value(c.key()));
        }
        assertThat(read.warnings()).noneMatch(w -> w.contains("表四"));
    }

    @Test
    void aTableWhoseEveryNumberIsLostIsAWarningNotASilentBlank() {
        Report written = report();
        Path file = new PortalPage(written).table4Emptied().write(dir.resolve("年报.html"));

        ImportResult read = new HtmlReader().read(file);

        assertThat(read.report().catalog().cellsOf("t4")).noneMatch(c -> read.report().isFilled(c.key()));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("表四的格子都是空的")
                .contains("一个数也没有读到"));
        assertThat(read.report().value("t3.r1.tot")).isEqualByComparingTo(written.value("t3.r1.tot"));
    }

    @ParameterizedTest
    @EnumSource(FormatVersion.class)
    void tablesWhoseMergedCellsWereFlattenedReadExactly(FormatVersion version) {
        Report written = version == FormatVersion.V2021 ? report() : trialReport();
        Path file = new PortalPage(written).flattened().write(dir.resolve("年报.html"));

        ImportResult read = new HtmlReader().read(file);

        assertThat(read.report().formatVersion()).isEqualTo(version);
        assertReadExactly(read.report(), written);
        assertThat(read.notFound()).isEmpty();
        assertThat(read.warnings()).noneMatch(w -> w.contains("没有找到这些行") || w.contains("没有这些列")
                || w.contains("个数，应为"));
    }

    @Test
    void fivesMeasuresAndOnesTopicsAsOfficesWordThemAreFound() {
        Report written = report();
        written.setText("s5.problems", "一是公开内容不够全面。二是解读形式较为单一。");
        written.setText("s5.measures", "我们将采取以下措施加以改进：一是加强统筹。二是丰富解读形式。");
        Path file = new PortalPage(written).reword("（四）政府信息公开平台建设情况", "（四）平台载体建设方面")
                .joinParagraphs(written.text("s5.problems"), written.text("s5.measures")).write(dir.resolve("年报.html"));

        ImportResult read = new HtmlReader().read(file);

        assertThat(read.report().text("s5.problems")).isEqualTo(written.text("s5.problems"));
        assertThat(read.report().text("s5.measures")).isEqualTo(written.text("s5.measures"));
        assertThat(read.report().text("s1.platform")).isEqualTo(written.text("s1.platform"));
        assertThat(read.notFound()).isEmpty();
    }

    /** A report of the 2019 trial format, every cell filled. */
    private static Report trialReport() {
        Report r = new Report(FormatVersion.V2019, new Organ("某某市人民政府", OrganKind.CITY_GOVERNMENT), 2020,
                ValueMode.AS_PUBLISHED);
        long n = 1;
        for (CellSpec c : r.catalog().cells()) {
            r.setValue(c.key(), BigDecimal.valueOf(n++ % 9));
        }
        r.catalog().texts().forEach(t -> r.setText(t.key(), "这是" + t.label() + "的内容。"));
        return r;
    }

    private static void assertReadExactly(Report r, Report written) {
        for (CellSpec c : written.catalog().cells()) {
            assertThat(r.value(c.key())).as(c.key()).isNotNull().isEqualByComparingTo(written.value(c.key()));
        }
        for (TextField t : written.catalog().texts()) {
            assertThat(r.text(t.key())).as(t.key()).isEqualTo(written.text(t.key()));
        }
    }
}
