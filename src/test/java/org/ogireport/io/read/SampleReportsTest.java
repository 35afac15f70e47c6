package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.ImportOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.io.Formats;
import org.ogireport.io.ImportResult;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.rules.Finding;
import org.ogireport.testing.Samples;
import org.ogireport.util.UserException;

/**
 * The real reports of ../shared/samples, read as a clerk would import them. The expected numbers were typed from
 * the documents themselves (pdftotext -layout and the rendered pages), not taken from the reader.
 */
class SampleReportsTest {

    // ---- the seed text: a web page copied without table 三's 总计 column ----------------------------------------

    @Test
    void theSeedTextIsReadAllZeroWithItsLostTotalsComputedAndSaidSo() {
        ImportOutcome o = Workspace.preview(Samples.require("fengquan-science-bureau-2024.txt"), null, null);
        Report r = o.report();

        assertThat(r.organ().name()).isEqualTo("凤泉区科学技术局");
        assertThat(r.organ().kind()).isEqualTo(OrganKind.COUNTY_DEPARTMENT);
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.mode()).isEqualTo(ValueMode.AS_PUBLISHED);
        for (CellSpec c : r.catalog().cells()) {
            assertThat(r.value(c.key())).as(c.key()).isEqualByComparingTo(BigDecimal.ZERO);
        }
        assertThat(o.notFound()).isEmpty();
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("缺少 25 个合计格").contains("已按分项之和算出"));
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("机关类别是按名称").contains("推断"));

        assertThat(r.text("s1.intro")).startsWith("凤泉区科技局自 2024 年 6 月份成立以来");
        assertThat(r.text("s1.on_request")).isEqualTo("2024 年，未收到信息公开申请事项。");
        assertThat(r.text("s1.oversight")).startsWith("针对政务公开工作的新形势");
        assertThat(r.text("s5.problems")).startsWith("我局政府信息公开工作存在的主要问题").doesNotContain("下步");
        assertThat(r.text("s5.measures")).startsWith("下步改进措施：").contains("二是及时更新各类政策信息");
        assertThat(r.text("s6.text")).isEqualTo("2024 年，我单位无政府信息公开收费项目。");
        assertThat(r.number("s6.fee_yuan")).as("no fee is stated as a number").isNull();
    }

    // ---- the three published PDFs ---------------------------------------------------------------------------

    @Test
    void huaian2024EveryNumberAsPrinted() {
        ImportOutcome o = Workspace.preview(Samples.require("huaian-city-2024.pdf"), null, null);
        Report r = o.report();

        assertThat(r.organ().name()).isEqualTo("淮安市人民政府");
        assertThat(r.organ().kind()).isEqualTo(OrganKind.CITY_GOVERNMENT);
        assertThat(r.year()).isEqualTo(2024);
        assertTable2(r, "1 0 11", "8 26 66", "447228", "3985758", "88283", "96171.6");
        assertTable3(r,
                "3001 53 0 0 61 4 3119", "34 0 0 0 0 0 34", "1288 21 0 0 50 3 1362", "447 7 0 0 0 0 454",
                "2 0 0 0 0 0 2", "30 1 0 0 0 0 31", "5 0 0 0 0 0 5", "6 0 0 0 0 0 6", "7 1 0 0 0 0 8",
                "12 0 0 0 0 0 12", "9 0 0 0 0 0 9", "105 0 0 0 0 0 105",
                "746 12 0 0 10 1 769", "11 0 0 0 0 0 11", "1 0 0 0 0 0 1",
                "56 6 0 0 0 0 62", "25 0 0 0 0 0 25", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "1 0 0 0 0 0 1",
                "67 3 0 0 1 0 71", "6 0 0 0 0 0 6", "108 2 0 0 0 0 110",
                "2932 53 0 0 61 4 3050", "103 0 0 0 0 0 103");
        assertTable4(r, "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20");
        assertThat(r.number("s6.fee_yuan")).isEqualByComparingTo("3940");
        assertThat(o.notFound()).isEmpty();
        assertThat(o.warnings()).as("a clean control: only the guessed kind").hasSize(1);
        assertThat(Workspace.validateAlone(r)).as("every table rule holds")
                .noneMatch(f -> f.rule().startsWith("T"));

        assertThat(r.text("s0.preamble")).startsWith("本报告由淮安市人民政府办公室根据").endsWith("电子邮箱：hazwgkc@163.com）。");
        assertThat(r.text("s1.active")).startsWith("2024年，市政府网站主动公开各类政府信息5500余条")
                .endsWith("努力传递政府声音、宣传政策法规、回应舆论关切。");
        assertThat(r.text("s1.oversight")).startsWith("根据省政务公开年度和季度监测指标");
        assertThat(r.text("s5.measures")).startsWith("针对存在问题，下一步，我市将");
    }

    @Test
    void hongze2023KeepsItsWrongTable4TotalsAsPrinted() {
        ImportOutcome o = Workspace.preview(Samples.require("hongze-district-2023.pdf"), null, null);
        Report r = o.report();

        assertThat(r.organ().name()).isEqualTo("洪泽区人民政府");
        assertThat(r.organ().kind()).isEqualTo(OrganKind.COUNTY_GOVERNMENT);
        assertThat(r.year()).isEqualTo(2023);
        assertTable2(r, "0 0 0", "0 5 5", "550", "4119", "195", "7730.28");
        assertTable3(r,
                "21 0 0 0 0 0 21", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "4 0 0 0 0 0 4",
                "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
                "1 0 0 0 0 0 1", "1 0 0 0 0 0 1", "0 0 0 0 0 0 0",
                "10 0 0 0 0 0 10", "3 0 0 0 0 0 3", "0 0 0 0 0 0 0",
                "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
                // （六）其他处理 is printed as one row of zeros; its three sub-rows are therefore 0
                "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
                "21 0 0 0 0 0 21", "0 0 0 0 0 0 0");
        // Printed: 复议 10 维持 + 1 纠正 with 总计 0; 复议后起诉 5 维持 with 总计 0.
        assertTable4(r, "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0");
        assertThat(r.mode()).isEqualTo(ValueMode.AS_PUBLISHED);
        assertThat(r.derivedMismatches()).containsExactly("t4.rev.total", "t4.lit_rev.total");
        assertThat(Workspace.validateAlone(r)).extracting(Finding::rule).filteredOn(rule -> rule.startsWith("T"))
                .containsOnly("T4-01");

        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("“2.其他法律行政止公开”")
                .contains("按“2.其他法律行政法规禁止公开”读入"));
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("（六）其他处理").contains("只印了一行"));
        assertThat(r.number("s6.fee_yuan")).isEqualByComparingTo("0");
    }

    @Test
    void hongze2024EveryNumberAsPrinted() {
        Report r = Workspace.preview(Samples.require("hongze-district-2024.pdf"), null, null).report();

        assertThat(r.organ().name()).isEqualTo("淮安市洪泽区人民政府");
        assertThat(r.year()).isEqualTo(2024);
        assertTable2(r, "0 0 0", "3 0 8", "9487", "2776", "84", "7545");
        assertTable3(r,
                "95 0 0 0 0 0 95", "0 0 0 0 0 0 0", "50 0 0 0 0 0 50", "9 0 0 0 0 0 9",
                "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
                "1 0 0 0 0 0 1", "1 0 0 0 0 0 1", "0 0 0 0 0 0 0",
                "31 0 0 0 0 0 31", "1 0 0 0 0 0 1", "0 0 0 0 0 0 0",
                "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
                "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
                "95 0 0 0 0 0 95", "0 0 0 0 0 0 0");
        assertTable4(r, "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3");
        assertThat(r.text("s1.on_request")).contains("受理政府信息公开申请17件");
    }

    @Test
    void aPdfCutAfterItsFourthPageImportsWhatIsThereAndListsTheRest(@TempDir Path dir) throws Exception {
        Path cut = dir.resolve("cut.pdf");
        try (PDDocument pdf = Loader.loadPDF(Samples.require("huaian-city-2024.pdf").toFile())) {
            while (pdf.getNumberOfPages() > 4) {
                pdf.removePage(pdf.getNumberOfPages() - 1);
            }
            pdf.save(cut.toFile());
        }
        ImportOutcome o = Workspace.preview(cut, null, null);
        Report r = o.report();

        assertThat(r.value("t2.penalty.decisions")).isEqualByComparingTo("3985758");
        assertThat(r.value("t3.r3_4_1.tot")).isEqualByComparingTo("769");
        assertThat(r.isFilled("t3.r3_4_2.np")).isFalse();
        assertThat(o.notFound()).contains("t3.r3_4_2.np", "t3.r4.tot", "t4.rev.upheld", "s5.problems", "s6.text")
                .doesNotContain("t3.r3_4_1.np");
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("表三中没有找到这些行").contains("结转下年度"));
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("没有找到“五、存在的主要问题及改进情况”"));
    }

    // ---- the blank official form ----------------------------------------------------------------------------

    @Test
    void theBlankOfficialFormHasEveryLabelRecognisedAndEveryCellNotFilled() {
        Path form = Samples.require("official-format-template-2021.docx");
        ImportResult o = Formats.readerFor(form).orElseThrow().read(form, "测试县教育局", 2024);
        Report r = o.report();

        assertThat(r.formatVersion().id()).isEqualTo("2021");
        for (CellSpec c : r.catalog().cells()) {
            assertThat(r.isFilled(c.key())).as(c.key()).isFalse();
        }
        assertThat(o.notFound()).as("every cell was found, printed empty").noneMatch(r.catalog()::isCell);
        assertThat(o.warnings()).noneMatch(w -> w.contains("表二") || w.contains("表三") || w.contains("表四"));
        assertThat(r.texts()).as("the form's notes （文字描述） are not report text").isEmpty();
        assertThat(r.organ().kind()).isEqualTo(OrganKind.COUNTY_DEPARTMENT);

        assertThatThrownBy(() -> Workspace.preview(form, "测试县教育局", 2024)).as("a form gives nothing to import")
                .isInstanceOf(UserException.class).hasMessageContaining("没有读到年报的内容");
    }

    @Test
    void theBlankFormNamesNoOrganSoOneMustBeGiven() {
        Path form = Samples.require("official-format-template-2021.docx"); // skipped, not failed, without samples
        assertThatThrownBy(() -> Workspace.preview(form, null, null)).isInstanceOf(UserException.class)
                .hasMessageContaining("--org").hasMessageContaining("--year");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Table 二's rows in print order, each its numbers left to right. */
    private static void assertTable2(Report r, String... rows) {
        List<String> expected = List.of(rows);
        int i = 0;
        for (Grid g : r.catalog().table("t2").grids()) {
            for (Header row : g.rows()) {
                assertRow(r, g, row, expected.get(i++));
            }
        }
        assertThat(i).isEqualTo(expected.size());
    }

    private static void assertTable3(Report r, String... rows) {
        Grid g = r.catalog().table("t3").grid();
        assertThat(g.rows()).hasSize(rows.length);
        for (int i = 0; i < rows.length; i++) {
            assertRow(r, g, g.rows().get(i), rows[i]);
        }
    }

    private static void assertTable4(Report r, String row) {
        Grid g = r.catalog().table("t4").grid();
        assertRow(r, g, g.rows().get(0), row);
    }

    private static void assertRow(Report r, Grid g, Header row, String numbers) {
        String[] expected = numbers.split(" ");
        assertThat(g.columns()).hasSize(expected.length);
        for (int c = 0; c < expected.length; c++) {
            String key = g.cellKey(row, g.columns().get(c));
            assertThat(r.value(key)).as(key).isNotNull().isEqualByComparingTo(expected[c]);
        }
    }
}
