package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.format.CellSpec;
import org.ogireport.format.TextField;
import org.ogireport.io.Formats;
import org.ogireport.io.ImportResult;
import org.ogireport.io.OwnFiles;
import org.ogireport.io.docx.DocxWriter;
import org.ogireport.io.xlsx.XlsxWriter;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.Converted;

/**
 * What LibreOffice saves from our own exports, as another office would send it: Word 97–2003 (.doc), Excel
 * 97–2003 (.xls) and a printed PDF. Each is read from the committed copy ({@link Converted}) and, where LibreOffice
 * is installed, from a copy converted now.
 */
class ConvertedFilesTest {

    /** Shared by the tests, so that LibreOffice sets up its profile once. */
    @TempDir
    static Path dir;

    @Test
    void aDocThatLibreOfficeSavedFromOurWordExportReadsBackExactly() {
        assertPrintedReportReadExactly(read(Converted.fixture(Converted.DOC)));
    }

    @Test
    void aDocLibreOfficeSavesNowFromOurWordExportReadsBackExactly() {
        Path docx = Converted.export(Converted.report(), new DocxWriter(), dir.resolve("年报.docx"));
        assertPrintedReportReadExactly(read(converted(docx, "doc")));
    }

    @Test
    void anXlsThatLibreOfficeSavedFromOurExcelExportIsReadThroughItsKeySheet() {
        assertTablesReadExactly(read(Converted.fixture(Converted.XLS)), ValueMode.COMPUTED);
    }

    @Test
    void anXlsLibreOfficeSavesNowFromOurExcelExportIsReadThroughItsKeySheet() {
        Path xlsx = Converted.export(Converted.report(), new XlsxWriter(), dir.resolve("年报.xlsx"));
        assertTablesReadExactly(read(converted(xlsx, "xls")), ValueMode.COMPUTED);
    }

    @Test
    void ourXlsWithoutItsKeySheetIsReadByItsLabelsSheetBySheet() throws Exception {
        Path file = dir.resolve("没有键表.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(Converted.fixture(Converted.XLS).toFile(), true);
             HSSFWorkbook book = new HSSFWorkbook(fs); OutputStream out = Files.newOutputStream(file)) {
            book.removeSheetAt(book.getSheetIndex(OwnFiles.XLSX_KEY_SHEET));
            book.write(out);
        }

        ImportResult read = read(file);

        assertTablesReadExactly(read, ValueMode.AS_PUBLISHED);
        assertThat(read.report().organ().name()).isEqualTo(Converted.report().organ().name());
        assertThat(read.report().year()).isEqualTo(2024);
    }

    @Test
    void aPdfRowWithOneBlankCellKeepsItsOtherSixNumbersInPlace() {
        ImportResult read = read(Converted.fixture(Converted.PDF));

        assertPrintedReportReadExactly(read);
        assertThat(read.report().isFilled(Converted.BLANK_CELL)).as("the blank cell stays not filled").isFalse();
        assertThat(read.notFound()).doesNotContain(Converted.BLANK_CELL);
    }

    @Test
    void aPdfLibreOfficePrintsNowFromOurWordExportKeepsTheRowWithItsBlankCell() {
        Path docx = Converted.export(Converted.report(), new DocxWriter(), dir.resolve("年报.docx"));
        ImportResult read = read(converted(docx, "pdf"));

        assertPrintedReportReadExactly(read);
        assertThat(read.report().isFilled(Converted.BLANK_CELL)).isFalse();
    }

    /** A converted copy of a file, or the test is skipped where LibreOffice is not installed. */
    private static Path converted(Path file, String format) {
        Optional<Path> out = Converted.libreOffice(file, format, dir);
        Assumptions.assumeTrue(out.isPresent(), "skipped: LibreOffice (soffice) is not installed");
        return out.get();
    }

    private static ImportResult read(Path file) {
        return Formats.readerFor(file).orElseThrow().read(file);
    }

    /** Every cell, text and number a printed report shows, as the report it was printed from. */
    private static void assertPrintedReportReadExactly(ImportResult read) {
        Report expected = Converted.report();
        assertTablesReadExactly(read, ValueMode.AS_PUBLISHED);
        assertThat(read.notFound()).isEmpty();
        for (TextField t : expected.catalog().texts()) {
            assertThat(read.report().text(t.key())).as(t.key()).isEqualTo(expected.text(t.key()));
        }
        assertThat(read.report().numbers()).isEqualTo(expected.numbers());
        assertThat(read.report().organ()).isEqualTo(expected.organ());
        assertThat(read.report().year()).isEqualTo(expected.year());
    }

    private static void assertTablesReadExactly(ImportResult read, ValueMode mode) {
        Report expected = Converted.report();
        Report r = read.report();
        for (CellSpec c : expected.catalog().cells()) {
            if (expected.isFilled(c.key())) {
                assertThat(r.value(c.key())).as(c.key()).isNotNull().isEqualByComparingTo(expected.value(c.key()));
            } else {
                assertThat(r.isFilled(c.key())).as(c.key()).isFalse();
            }
        }
        assertThat(r.mode()).isEqualTo(mode);
        assertThat(read.notFound()).as("every cell was found").noneMatch(r.catalog()::isCell);
    }
}
