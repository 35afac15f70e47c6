package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.format.CellSpec;
import org.ogireport.format.TableSpec;
import org.ogireport.io.ImportResult;
import org.ogireport.io.OwnFiles;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/**
 * Our own Excel export, built here as {@link OwnFiles} describes it (the export itself is written on another
 * branch): a visible sheet per table, and the very hidden key sheet pointing at the cells.
 */
class ExcelReaderTest {

    @TempDir
    Path dir;

    @Test
    void ourOwnWorkbookIsReadExactly() throws Exception {
        Report written = TestReports.full(2024, 9);
        written.setAmount("t2.fees.amount_wan", new BigDecimal("7730.28"));
        Path file = dir.resolve("own.xlsx");
        write(written, file, null);

        ImportResult read = new XlsxReader().read(file);

        Report expected = written.copy();
        // the workbook carries the tables
        java.util.List.copyOf(expected.texts().keySet()).forEach(k -> expected.setText(k, null));
        expected.setNumber("s6.fee_yuan", null);
        assertThat(read.report()).isEqualTo(expected);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aSupervisorsEditInTheVisibleSheetIsWhatIsRead() throws Exception {
        Report written = TestReports.full(2024, 9);
        Path file = dir.resolve("edited.xlsx");
        write(written, file, "t3.r1.np");

        Report r = new XlsxReader().read(file).report();

        assertThat(r.count("t3.r1.np")).isEqualTo(written.count("t3.r1.np") + 100);
        assertThat(r.mode()).isEqualTo(ValueMode.COMPUTED);
        assertThat(r.count("t3.r1.tot")).isEqualTo(written.count("t3.r1.tot") + 100);
    }

    @Test
    void aWorkbookWithoutTheKeySheetThatHoldsNoReportIsRefusedSayingSo() throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("通讯录").createRow(0).createCell(0).setCellValue("张三");
            book.write(out);
        }
        assertThatThrownBy(() -> new XlsxReader().read(file)).isInstanceOf(UserException.class)
                .hasMessageContaining("other.xlsx").hasMessageContaining("没有找到年报的任何一部分");
    }

    /** Writes the workbook; the cell {@code edited} is changed by +100 in its visible sheet afterwards. */
    private static void write(Report report, Path file, String edited) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet keys = book.createSheet(OwnFiles.XLSX_KEY_SHEET);
            int k = 0;
            String[][] meta = {{"schema", "ogi-report/1"}, {"formatVersion", report.formatVersion().id()},
                    {"organ.name", report.organ().name()}, {"organ.kind", report.organ().kind().id()},
                    {"year", null}, {"status", "draft"}};
            for (String[] m : meta) {
                Row row = keys.createRow(k++);
                row.createCell(0).setCellValue(m[0]);
                if (m[1] == null) {
                    row.createCell(1).setCellValue(report.year());
                } else {
                    row.createCell(1).setCellValue(m[1]);
                }
            }
            for (TableSpec t : report.catalog().tables()) {
                Sheet sheet = book.createSheet(t.name());
                int r = 0;
                for (CellSpec c : report.catalog().cellsOf(t.id())) {
                    BigDecimal v = report.value(c.key());
                    if (c.key().equals(edited)) {
                        v = v.add(BigDecimal.valueOf(100));
                    }
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(c.row().shortName() + "·" + c.column().shortName());
                    if (v != null) {
                        row.createCell(2).setCellValue(v.doubleValue());
                    }
                    Row key = keys.createRow(k++);
                    key.createCell(0).setCellValue(c.key());
                    key.createCell(1).setCellValue(t.name() + "!" + new CellReference(r, 2).formatAsString());
                    r++;
                }
            }
            book.setSheetOrder(OwnFiles.XLSX_KEY_SHEET, book.getNumberOfSheets() - 1);
            book.setSheetVisibility(book.getSheetIndex(OwnFiles.XLSX_KEY_SHEET), SheetVisibility.VERY_HIDDEN);
            book.setActiveSheet(0);
            book.write(out);
        }
    }
}
