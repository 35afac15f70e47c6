package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.TextField;
import org.ogireport.io.ImportResult;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/** Word files: any office's in the official layout (merged cells and all), and our own. */
class WordReaderTest {

    @TempDir
    Path dir;

    private final DocxReader reader = new DocxReader();

    @Test
    void anOfficesWordFileInTheOfficialLayoutIsReadCellByCell() throws IOException {
        Report written = TestReports.full(2024, 7);
        Path file = dir.resolve("report.docx");
        OfficialWord.write(written, file, UnaryOperator.identity(), false);

        ImportResult read = reader.read(file);

        Report r = read.report();
        assertThat(r.organ().name()).isEqualTo(written.organ().name());
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.mode()).isEqualTo(ValueMode.AS_PUBLISHED);
        for (CellSpec c : r.catalog().cells()) {
            assertThat(r.value(c.key())).as(c.key()).isEqualByComparingTo(written.value(c.key()));
        }
        for (TextField t : r.catalog().texts()) {
            assertThat(r.text(t.key())).as(t.key()).isEqualTo(written.text(t.key()));
        }
        assertThat(read.notFound()).isEmpty();
    }

    @Test
    void labelsPrintedOtherOfficesWaysAreRecognised() throws IOException {
        Report written = TestReports.full(2024, 11);
        Path file = dir.resolve("variants.docx");
        // "1、" for "1.", ASCII brackets, a space inside words.
        UnaryOperator<String> otherWays = l -> l.replace(".", "、").replace("（", "(").replace("）", ")")
                .replaceFirst("^(.{3})", "$1 ");
        OfficialWord.write(written, file, otherWays, false);

        Report r = reader.read(file).report();

        for (CellSpec c : r.catalog().cells()) {
            assertThat(r.value(c.key())).as(c.key()).isEqualByComparingTo(written.value(c.key()));
        }
        assertThat(r.text("s1.platform")).isEqualTo(written.text("s1.platform"));
    }

    @ParameterizedTest
    @EnumSource(FormatVersion.class)
    void aWordTableWhoseMergedCellsWereFlattenedIsReadExactly(FormatVersion version) throws IOException {
        Report written = TestReports.full(2024, 17);
        if (version == FormatVersion.V2019) {
            written = new Report(FormatVersion.V2019, written.organ(), 2020, ValueMode.AS_PUBLISHED);
            long n = 3;
            for (CellSpec c : written.catalog().cells()) {
                written.setValue(c.key(), BigDecimal.valueOf(n++ % 11));
            }
        }
        Path file = dir.resolve("flattened.docx");
        try (XWPFDocument doc = OfficialWord.build(written, UnaryOperator.identity(), true);
             var out = java.nio.file.Files.newOutputStream(file)) {
            doc.write(out);
        }

        ImportResult read = reader.read(file);

        assertThat(read.report().formatVersion()).isEqualTo(version);
        for (CellSpec c : written.catalog().cells()) {
            assertThat(read.report().value(c.key())).as(c.key()).isNotNull()
                    .isEqualByComparingTo(written.value(c.key()));
        }
        assertThat(read.notFound()).noneMatch(written.catalog()::isCell);
    }

    @Test
    void headingsNumberedByWordsListsAreRecognised() throws IOException {
        Report written = TestReports.full(2024, 13);
        Path file = dir.resolve("numbered.docx");
        OfficialWord.writeWithNumberedHeadings(written, file);

        ImportResult read = reader.read(file);

        assertThat(read.notFound()).isEmpty();
        assertThat(read.report().text("s6.text")).isEqualTo(written.text("s6.text"));
        assertThat(read.report().value("t4.lit.other")).isEqualByComparingTo(written.value("t4.lit.other"));
    }

    @Test
    void ourOwnWordExportIsReadExactlyFromTheReportItCarries() throws IOException {
        Report written = TestReports.full(2024, 3);
        written.setAmount("t2.fees.amount_wan", new BigDecimal("59237.2449"));
        written.setExplanation("X-01", "正文按政府办口径统计。");
        Path file = dir.resolve("own.docx");
        OfficialWord.write(written, file, UnaryOperator.identity(), true);

        ImportResult read = reader.read(file);

        assertThat(read.report()).isEqualTo(written);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void whatTheOwnWordFileShowsWinsWhereItWasEditedAfterTheExport() throws IOException {
        Report exported = TestReports.full(2024, 5);
        Report edited = exported.copy();
        edited.setCount("t3.r1.np", exported.count("t3.r1.np") + 2);
        edited.setText("s6.text", "改过的其他事项。");
        Path file = dir.resolve("edited.docx");
        try (var doc = OfficialWord.build(edited, UnaryOperator.identity())) {
            OfficialWord.embed(doc, org.ogireport.exchange.ReportJson.write(exported));
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                doc.write(out);
            }
        }

        ImportResult read = reader.read(file);

        assertThat(read.report().count("t3.r1.np")).isEqualTo(edited.count("t3.r1.np"));
        assertThat(read.report().count("t3.r1.tot")).as("the draft's total follows")
                .isEqualTo(edited.count("t3.r1.tot"));
        assertThat(read.report().text("s6.text")).isEqualTo("改过的其他事项。");
        assertThat(read.report().mode()).isEqualTo(ValueMode.COMPUTED);
        assertThat(read.warnings()).singleElement().asString().contains("改动");
    }

    @Test
    void subHeadingsAnExportPrintsAroundTheProseAreNoEdit() throws IOException {
        Report exported = TestReports.full(2024, 6);
        Report shown = exported.copy();
        shown.setText("s5.problems", "（一）存在的主要问题\n" + exported.text("s5.problems"));
        shown.setText("s5.measures", "（二）改进情况\n" + exported.text("s5.measures"));
        Path file = dir.resolve("headed.docx");
        try (var doc = OfficialWord.build(shown, UnaryOperator.identity())) {
            OfficialWord.embed(doc, org.ogireport.exchange.ReportJson.write(exported));
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                doc.write(out);
            }
        }

        ImportResult read = reader.read(file);

        assertThat(read.report()).isEqualTo(exported);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void ourWordFileWhoseCarriedReportIsBrokenIsReadFromWhatItShows() throws IOException {
        Report written = TestReports.full(2024, 8);
        Path file = dir.resolve("broken-own.docx");
        try (var doc = OfficialWord.build(written, UnaryOperator.identity())) {
            OfficialWord.embed(doc, "{\"schema\": \"ogi-report/1\", \"year\": ");
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                doc.write(out);
            }
        }

        ImportResult read = reader.read(file);

        assertThat(read.warnings().get(0)).contains("保存的数据已损坏");
        assertThat(read.report().mode()).isEqualTo(ValueMode.AS_PUBLISHED);
        assertThat(read.report().value("t3.r4.tot")).isEqualByComparingTo(written.value("t3.r4.tot"));
    }

    @Test
    void aFileThatIsNoReportIsRefusedAndNamesWhatIsMissing() throws IOException {
        Path file = dir.resolve("letter.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = java.nio.file.Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("关于召开会议的通知");
            doc.write(out);
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UserException.class)
                .hasMessageContaining("letter.docx").hasMessageContaining("一、总体情况");
    }
}
