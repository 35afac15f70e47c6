package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatVersion;
import org.ogireport.io.ImportResult;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/** What the recogniser makes of documents (given as copied web pages): titles, headings, tables, gaps. */
class RecogniserTest {

    @TempDir
    Path dir;

    private ImportResult read(String text) throws Exception {
        return read(text, null, null);
    }

    private ImportResult read(String text, String organ, Integer year) throws Exception {
        Path file = dir.resolve("copy.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new TextReader().read(file, organ, year);
    }

    private static Report full() {
        Report r = TestReports.full(2024, 42);
        r.setOrgan(new Organ("某某县人民政府", OrganKind.COUNTY_GOVERNMENT));
        return r;
    }

    @Test
    void aTitleOverTwoLinesWithFullWidthDigitsAndSpacesNamesTheOrganAndYear() throws Exception {
        String text = new WebCopy(full()).text().replace("2024年政府", "２０２４ 年政府");
        Report r = read(text).report();
        assertThat(r.organ().name()).isEqualTo("某某县人民政府");
        assertThat(r.organ().kind()).isEqualTo(OrganKind.COUNTY_GOVERNMENT);
        assertThat(r.year()).isEqualTo(2024);
    }

    @Test
    void theTitleOnOneLineWithMarkdownMarks() throws Exception {
        String text = new WebCopy(full()).text().replace("某某县人民政府\n2024年", "# 某某县人民政府 2024 年");
        Report r = read(text).report();
        assertThat(r.organ().name()).isEqualTo("某某县人民政府");
        assertThat(r.year()).isEqualTo(2024);
    }

    @Test
    void headingsAndLabelsAsOtherOfficesPrintThem() throws Exception {
        Report written = full();
        String text = new WebCopy(written)
                .labels(l -> l.replace("（", "(").replace("）", ") ").replace(".", "、").replace("依申请公开情况",
                        "依申请公开办理情况").replace("存在的主要问题", "存在问题"))
                .text();
        ImportResult read = read(text);
        Report r = read.report();
        for (CellSpec c : r.catalog().cells()) {
            assertThat(r.value(c.key())).as(c.key()).isEqualByComparingTo(written.value(c.key()));
        }
        for (String key : written.texts().keySet()) {
            assertThat(r.text(key)).as(key).isEqualTo(written.text(key));
        }
        assertThat(read.notFound()).isEmpty();
    }

    @Test
    void aTable3WithoutItsTotalColumnIsReadAndTheTotalsComputedWithAWarning() throws Exception {
        Report written = full();
        ImportResult read = read(new WebCopy(written).withoutTotalColumn().text());
        Report r = read.report();
        for (CellSpec c : r.catalog().cellsOf("t3")) {
            assertThat(r.value(c.key())).as(c.key()).isEqualByComparingTo(written.value(c.key()));
        }
        assertThat(r.mode()).isEqualTo(ValueMode.AS_PUBLISHED);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("缺少 25 个合计格"));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("表三没有这些列：总计"));
        assertThat(read.notFound()).isEmpty();
    }

    @Test
    void blankAndSlashCellsStayNotFilledAndAreNotCountedAsMissing() throws Exception {
        Report written = full();
        ImportResult read = read(new WebCopy(written).print("t2.reg.issued", "/").print("t3.r1.res", "")
                .print("t3.r2.law", "／").text());
        Report r = read.report();
        assertThat(r.isFilled("t2.reg.issued")).isFalse();
        assertThat(r.isFilled("t3.r1.res")).isFalse();
        assertThat(r.isFilled("t3.r2.law")).isFalse();
        assertThat(r.value("t2.reg.repealed")).isEqualByComparingTo(written.value("t2.reg.repealed"));
        assertThat(read.notFound()).isEmpty();
        assertThat(r.value("t3.r1.tot")).as("the printed total is kept").isEqualByComparingTo(
                written.value("t3.r1.tot"));
    }

    @Test
    void aCellWithWordsInsteadOfANumberIsReportedNotGuessed() throws Exception {
        ImportResult read = read(new WebCopy(full()).print("t4.rev.upheld", "约5").text());
        assertThat(read.report().isFilled("t4.rev.upheld")).isFalse();
        assertThat(read.notFound()).containsExactly("t4.rev.upheld");
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("表四「行政复议·结果维持」")
                .contains("“约5”不是数字"));
    }

    @Test
    void aTruncatedDocumentImportsWhatIsThereAndListsWhatIsMissing() throws Exception {
        Report written = full();
        ImportResult read = read(new WebCopy(written).cutBefore("（四）无法提供").text());
        Report r = read.report();

        assertThat(r.value("t3.r3_3_8.np")).isEqualByComparingTo(written.value("t3.r3_3_8.np"));
        assertThat(r.isFilled("t3.r3_4_1.np")).isFalse();
        assertThat(r.isFilled("t4.rev.upheld")).isFalse();
        assertThat(r.text("s1.active")).isEqualTo(written.text("s1.active"));
        assertThat(read.notFound()).contains("t3.r3_4_1.np", "t3.r4.tot", "t4.rev.upheld", "s5.problems", "s6.text")
                .doesNotContain("t3.r1.np", "s1.active");
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("表三中没有找到这些行")
                .contains("无法提供·本机关不掌握相关政府信息"));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("没有找到“四、政府信息公开行政复议、行政诉讼情况”"));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("没有找到“六、其他需要报告的事项”"));
    }

    @Test
    void aRowWithTooFewNumbersIsReportedAndNotPlaced() throws Exception {
        Report written = full();
        String text = new WebCopy(written).text();
        // The 规章 row loses a cell: which of its three columns is gone cannot be told.
        String reg = written.value("t2.reg.issued") + "\t" + written.value("t2.reg.repealed") + "\t"
                + written.value("t2.reg.in_force");
        text = text.replace("规章\t" + reg, "规章\t" + written.value("t2.reg.issued") + "\t"
                + written.value("t2.reg.in_force"));
        ImportResult read = read(text);
        assertThat(read.report().isFilled("t2.reg.issued")).isFalse();
        assertThat(read.report().isFilled("t2.reg.in_force")).isFalse();
        assertThat(read.notFound()).contains("t2.reg.issued", "t2.reg.repealed", "t2.reg.in_force");
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("表二「规章」行读到 2 个数，应为 3 个"));
        assertThat(read.report().value("t2.norm.issued")).isEqualByComparingTo(written.value("t2.norm.issued"));
    }

    @Test
    void aTable4RowWithANumberTooFewIsNotReadAtAll() throws Exception {
        Report written = full();
        String text = new WebCopy(written).text();
        int row = text.lastIndexOf('\n', text.indexOf(written.catalog().section("s5").heading()) - 2);
        String data = text.substring(row + 1, text.indexOf('\n', row + 1));
        text = text.replace(data, data.substring(data.indexOf('\t') + 1));

        ImportResult read = read(text);

        assertThat(read.report().catalog().cellsOf("t4")).noneMatch(c -> read.report().isFilled(c.key()));
        assertThat(read.notFound()).contains("t4.rev.upheld", "t4.lit_rev.total");
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("表四的数据行读到 14 个数，应为 15 个"));
    }

    @Test
    void aTrialFormatReportKeepsTheTrialKeys() throws Exception {
        Report written = new Report(FormatVersion.V2019, new Organ("某某市人民政府", OrganKind.CITY_GOVERNMENT), 2020,
                ValueMode.AS_PUBLISHED);
        long n = 1;
        for (CellSpec c : written.catalog().cells()) {
            written.setValue(c.key(), BigDecimal.valueOf(n++ % 7));
        }
        written.setText("s5.problems", "问题。");
        String text = new WebCopy(written).print("t2.procurement.amount", "251000元").text();

        ImportResult read = read(text);
        Report r = read.report();

        assertThat(r.formatVersion()).isEqualTo(FormatVersion.V2019);
        assertThat(r.value("t2.procurement.amount")).isEqualByComparingTo("251000");
        assertThat(r.value("t2.other_service.delta")).isEqualByComparingTo(written.value("t2.other_service.delta"));
        assertThat(r.value("t3.r3_6.np")).isEqualByComparingTo(written.value("t3.r3_6.np"));
        assertThat(read.notFound()).isEmpty();
        assertThat(read.warnings()).noneMatch(w -> w.contains("版格式的表"));
    }

    @Test
    void aLaterReportOnTheTrialTable2IsReadAsTrialAndSaidSoAndItsSubRowsAddUp() throws Exception {
        Report trial = new Report(FormatVersion.V2019, new Organ("某某市人民政府", OrganKind.CITY_GOVERNMENT), 2023,
                ValueMode.AS_PUBLISHED);
        Report current = full();
        for (CellSpec c : trial.catalog().cellsOf("t2")) {
            trial.setValue(c.key(), BigDecimal.ONE);
        }
        // Table 三 as the 2021 format prints it, with （六） in three sub-rows.
        String t3 = new WebCopy(current).text();
        t3 = t3.substring(t3.indexOf(current.catalog().section("s3").heading()),
                t3.indexOf(current.catalog().section("s4").heading()));
        String text = new WebCopy(trial).text();
        text = text.substring(0, text.indexOf(trial.catalog().section("s3").heading())) + t3
                + text.substring(text.indexOf(trial.catalog().section("s4").heading()));

        ImportResult read = read(text);
        Report r = read.report();

        assertThat(r.formatVersion()).isEqualTo(FormatVersion.V2019);
        assertThat(r.year()).isEqualTo(2023);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("表二是 2019 版格式的表")
                .contains("2023 年的年报应使用 2021 版格式"));
        long sixth = current.count("t3.r3_6_1.np") + current.count("t3.r3_6_2.np") + current.count("t3.r3_6_3.np");
        assertThat(r.value("t3.r3_6.np")).isEqualByComparingTo(BigDecimal.valueOf(sixth));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("已把各子项相加"));
    }

    @Test
    void givenOrganAndYearWinOverTheTitleAndSaySo() throws Exception {
        ImportResult read = read(new WebCopy(full()).text(), "某某县人民政府办公室", 2023);
        assertThat(read.report().organ().name()).isEqualTo("某某县人民政府办公室");
        assertThat(read.report().organ().kind()).isEqualTo(OrganKind.COUNTY_DEPARTMENT);
        assertThat(read.report().year()).isEqualTo(2023);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("2024").contains("2023"));
    }

    @Test
    void aTextSavedByChineseWindowsInGbkIsRead() throws Exception {
        Path file = dir.resolve("gbk.txt");
        Files.write(file, new WebCopy(full()).text().getBytes(Charset.forName("GBK")));
        assertThat(new TextReader().read(file).report().organ().name()).isEqualTo("某某县人民政府");
    }

    @Test
    void aTextWithoutAnyPartOfAReportIsRefused() {
        assertThatThrownBy(() -> read("今天天气很好。\n明天也是。\n")).isInstanceOf(UserException.class)
                .hasMessageContaining("不像是一份政府信息公开工作年度报告");
    }
}
