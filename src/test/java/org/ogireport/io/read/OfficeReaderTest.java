package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogireport.format.CellSpec;
import org.ogireport.io.Formats;
import org.ogireport.io.ImportResult;
import org.ogireport.io.docx.DocxWriter;
import org.ogireport.io.html.HtmlWriter;
import org.ogireport.model.Report;
import org.ogireport.testing.Converted;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/** Word, Excel and WPS files are read by what they hold, whatever their names say; what none reads is named. */
class OfficeReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"report-2024.doc, 年报.wps", "report-2024.xls, 年报.et", "report-2024.doc, 年报.docx",
            "report-2024.xls, 年报.xlsx", "report-2024.doc, 年报.xls"})
    void anOle2FileIsReadByTheStreamsItHoldsWhateverItsName(String fixture, String name) throws IOException {
        Path file = Files.copy(Converted.fixture(fixture), dir.resolve(name));

        Report r = read(file).report();

        Report expected = Converted.report();
        for (CellSpec c : expected.catalog().cellsOf("t3")) {
            assertThat(r.value(c.key())).as(c.key()).isEqualTo(expected.value(c.key()));
        }
    }

    @Test
    void aWordPackageNamedDocOrWpsAndAWebPageNamedXlsAreReadForWhatTheyAre() throws IOException {
        Report written = TestReports.full(2024, 4);
        Path docx = Converted.export(written, new DocxWriter(), dir.resolve("年报.docx"));
        Path html = Converted.export(written, new HtmlWriter(), dir.resolve("年报.html"));
        for (Path file : new Path[] {Files.copy(docx, dir.resolve("年报.doc")), Files.copy(docx, dir.resolve("年报.wps")),
                Files.copy(html, dir.resolve("系统导出.xls"))}) {
            Report r = read(file).report();
            assertThat(r.value("t4.lit.other")).as(file.toString()).isEqualByComparingTo(written.value("t4.lit.other"));
        }
    }

    @ParameterizedTest
    @CsvSource({"旧格式.wps, 无法识别的格式, WPS 或 Word, .docx", "旧格式.et, 无法识别的格式, WPS 或 Excel, .xlsx",
            "富文本.doc, RTF 格式的文档, WPS 或 Word, .docx"})
    void aFileOfAFormatNoReaderKnowsIsRefusedNamingItAndHowToSaveIt(String name, String format, String app,
            String saveAs) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, (name.endsWith(".doc") ? "{\\rtf1\\ansi 一、总体情况}" : "WPS 2000 格式的内容")
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(file)).isInstanceOf(UserException.class).hasMessageContaining(name)
                .hasMessageContaining(format).hasMessageContaining(app).hasMessageContaining("另存为 " + saveAs);
    }

    @Test
    void anOle2FileWithNeitherADocumentNorAWorkbookIsNamedSo() throws IOException {
        Path file = dir.resolve("旧版.wps");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WpsContent");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> read(file)).isInstanceOf(UserException.class).hasMessageContaining("旧版.wps")
                .hasMessageContaining("不含文档或工作簿的复合文档").hasMessageContaining("另存为 .docx");
    }

    @Test
    void headingsNumberedByWordsListsAreRecognisedInADoc() throws IOException {
        Report written = TestReports.full(2024, 13);
        Path docx = dir.resolve("numbered.docx");
        OfficialWord.writeWithNumberedHeadings(written, docx);
        Optional<Path> converted = Converted.libreOffice(docx, "doc", dir);
        Assumptions.assumeTrue(converted.isPresent(), "skipped: LibreOffice (soffice) is not installed");

        ImportResult read = read(converted.get());

        assertThat(read.notFound()).isEmpty();
        assertThat(read.report().text("s6.text")).isEqualTo(written.text("s6.text"));
        for (CellSpec c : written.catalog().cells()) {
            assertThat(read.report().value(c.key())).as(c.key()).isEqualByComparingTo(written.value(c.key()));
        }
    }

    private static ImportResult read(Path file) {
        return Formats.readerFor(file).orElseThrow().read(file);
    }
}
