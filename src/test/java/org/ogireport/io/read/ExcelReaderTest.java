package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogireport.format.CellSpec;
import org.ogireport.format.TableSpec;
import org.ogireport.io.ImportResult;
import org.ogireport.io.OwnFiles;
import org.ogireport.io.export.TableLayout;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/**
 * Workbooks: our own export, built here as {@link OwnFiles} describes it (a visible sheet per table, and the very
 * hidden key sheet pointing at the cells), and other offices' workbooks read by their labels.
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

    @ParameterizedTest
    @CsvSource({"true, true", "false, false"})
    void anotherOfficesWorkbookIsReadByItsLabels(boolean oneSheet, boolean merged) throws Exception {
        Report written = TestReports.full(2024, 23);
        written.setAmount("t2.fees.amount_wan", new BigDecimal("7730.28"));
        Path file = dir.resolve("统计表.xlsx");
        writeAsAnotherOffice(written, file, oneSheet, merged);

        ImportResult read = new XlsxReader().read(file);

        Report r = read.report();
        assertThat(r.organ().name()).isEqualTo(written.organ().name());
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.mode()).isEqualTo(ValueMode.AS_PUBLISHED);
        for (CellSpec c : written.catalog().cells()) {
            assertThat(r.value(c.key())).as(c.key()).isNotNull().isEqualByComparingTo(written.value(c.key()));
        }
        assertThat(read.notFound()).noneMatch(r.catalog()::isCell);
        assertThat(read.warnings()).noneMatch(w -> w.contains("表二") || w.contains("表三") || w.contains("表四"));
    }

    /**
     * A workbook as another office lays the report out: a title row, the tables under captions of its own (no
     * section headings), each table either with the official merges or with its labels repeated instead
     * ({@link FlatTables}), notes below; on one sheet, or a sheet per table.
     */
    private static void writeAsAnotherOffice(Report report, Path file, boolean oneSheet, boolean merged)
            throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("统计表");
            sheet.createRow(0).createCell(0).setCellValue(report.catalog().title(report.organ().name(), report.year())
                    + "统计表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 14));
            sheet.createRow(1).createCell(0).setCellValue("填报单位：" + report.organ().name() + "办公室　填报日期：2025年1月10日");
            int next = 3;
            for (TableSpec t : report.catalog().tables()) {
                if (!oneSheet && next > 3) {
                    sheet = book.createSheet(t.name());
                    next = 0;
                }
                sheet.createRow(next++).createCell(0).setCellValue(t.name() + "　" + t.id().toUpperCase());
                next = merged ? laidOut(sheet, TableLayout.of(t, report), next) : flat(sheet, t, report, next);
                next++;
            }
            sheet.createRow(next).createCell(0).setCellValue("注：1.本表数据统计期限为2024年1月1日至12月31日。");
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, 14));
            sheet.createRow(next + 1).createCell(0).setCellValue("填表人：张三　联系电话：0591-12345678");
            book.write(out);
        }
    }

    /** A table with the official merges, from the row given; returns the row after it. */
    private static int laidOut(Sheet sheet, TableLayout layout, int top) {
        for (int r = 0; r < layout.rowCount(); r++) {
            sheet.createRow(top + r);
        }
        for (TableLayout.Cell c : layout.cells()) {
            Cell cell = sheet.getRow(top + c.row()).createCell(c.column());
            if (c.role() == TableLayout.Role.VALUE && !c.text().isEmpty()) {
                cell.setCellValue(Double.parseDouble(c.text()));
            } else {
                cell.setCellValue(c.text());
            }
            if (c.rowSpan() > 1 || c.columnSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(top + c.row(), top + c.lastRow(), c.column(),
                        c.lastColumn()));
            }
        }
        return top + layout.rowCount();
    }

    /** A table with its labels repeated where the merges were; returns the row after it. */
    private static int flat(Sheet sheet, TableSpec table, Report report, int top) {
        int r = top;
        for (List<String> cells : FlatTables.rows(table, report)) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if (text.matches("\\d+(\\.\\d+)?")) {
                    row.createCell(c).setCellValue(Double.parseDouble(text));
                } else {
                    row.createCell(c).setCellValue(text);
                }
            }
        }
        return r;
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
