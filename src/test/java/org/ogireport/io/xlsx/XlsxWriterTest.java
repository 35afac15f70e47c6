package org.ogireport.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Derivation;
import org.ogireport.format.TableSpec;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.OwnFiles;
import org.ogireport.io.export.OfficialTemplate;
import org.ogireport.io.export.PrintedGrid;
import org.ogireport.io.export.TableLayoutTest;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.TestReports;

/** Writes reports as .xlsx and reads them back with POI, formulas evaluated by POI's evaluator. */
class XlsxWriterTest {

    private final Report huaian = Huaian2024.report();

    private static XSSFWorkbook write(Report report, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(report, options, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static XSSFWorkbook write(Report report) throws IOException {
        return write(report, ExportOptions.finalCopy(LocalDate.of(2025, 1, 20)));
    }

    /** The rows of a sheet that hold its table: from the first row with borders to the last row. */
    private static PrintedGrid table(XSSFWorkbook wb, XSSFSheet sheet) {
        int top = 0;
        while (sheet.getRow(top).getCell(0).getCellStyle().getBorderTop()
                == org.apache.poi.ss.usermodel.BorderStyle.NONE) {
            top++;
        }
        int columns = sheet.getRow(top).getLastCellNum();
        return PrintedGrid.of(sheet, top, sheet.getLastRowNum(), columns,
                wb.getCreationHelper().createFormulaEvaluator());
    }

    @Test
    void oneSheetPerTableShowingEveryLabelAndNumberOfTheCatalog() throws IOException {
        for (Report report : List.of(huaian, TestReports.full(2022, 5), TestReports.empty(2024),
                TableLayoutTest.trialReport())) {
            try (XSSFWorkbook wb = write(report)) {
                List<TableSpec> tables = report.catalog().tables();
                for (int i = 0; i < tables.size(); i++) {
                    XSSFSheet sheet = wb.getSheetAt(i);
                    assertThat(sheet.getSheetName()).isEqualTo(tables.get(i).name());
                    assertThat(wb.getSheetVisibility(i)).isEqualTo(SheetVisibility.VISIBLE);
                    table(wb, sheet).assertShows(tables.get(i), report);
                    assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                            .isEqualTo(report.catalog().section(tables.get(i).sectionKey()).heading());
                }
            }
        }
    }

    @Test
    void theHeadersAreMergedExactlyLikeTheOfficialTemplate() throws IOException {
        List<PrintedGrid> template = OfficialTemplate.tables();
        try (XSSFWorkbook wb = write(huaian)) {
            for (int i = 0; i < template.size(); i++) {
                OfficialTemplate.assertSameLayout(table(wb, wb.getSheetAt(i)), template.get(i), "sheet " + i);
            }
        }
    }

    @Test
    void derivedCellsAreSumFormulasThatEvaluateToTheAppsTotalsAndFollowEdits() throws IOException {
        try (XSSFWorkbook wb = write(huaian)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (TableSpec table : huaian.catalog().tables()) {
                for (Derivation d : table.derivations()) {
                    XSSFCell total = cellOf(wb, d.target());
                    assertThat(total.getCellType()).as(d.target()).isEqualTo(CellType.FORMULA);
                    assertThat(total.getCellFormula()).startsWith("SUM(");
                    evaluator.clearAllCachedResultValues();
                    assertThat(evaluator.evaluate(total).getNumberValue()).as(d.target())
                            .isEqualTo(huaian.value(d.target()).doubleValue());
                    assertThat(total.getNumericCellValue()).as("cached value of " + d.target())
                            .isEqualTo(huaian.value(d.target()).doubleValue());
                    formulas++;
                }
            }
            assertThat(formulas).isEqualTo(25 + 6 + 3);

            // a supervisor corrects 自然人 of 予以公开: the row total, the column's （七）总计 and its total follow
            CellSpec typed = huaian.catalog().cellsOf("t3").stream().filter(c -> !c.isDerived()).skip(14)
                    .findFirst().orElseThrow();
            cellOf(wb, typed.key()).setCellValue(huaian.value(typed.key()).doubleValue() + 100);
            evaluator.clearAllCachedResultValues();
            for (Derivation d : huaian.catalog().table("t3").derivations()) {
                boolean affected = d.terms().contains(typed.key()) || d.terms().stream().anyMatch(
                        t -> huaian.catalog().table("t3").derivations().stream()
                                .anyMatch(o -> o.target().equals(t) && o.terms().contains(typed.key())));
                assertThat(evaluator.evaluate(cellOf(wb, d.target())).getNumberValue()).as(d.target())
                        .isEqualTo(huaian.value(d.target()).doubleValue() + (affected ? 100 : 0));
            }
        }
    }

    @Test
    void aTotalOfEmptyCellsStaysEmptyUntilATermIsTyped() throws IOException {
        Report empty = TestReports.empty(2024);
        try (XSSFWorkbook wb = write(empty)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            XSSFCell total = cellOf(wb, "t4.rev.total");
            assertThat(evaluator.evaluate(total).getStringValue()).isEmpty();
            cellOf(wb, "t4.rev.pending").setCellValue(2);
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(total).getNumberValue()).isEqualTo(2);
        }
    }

    @Test
    void aPublishedTotalThatDiffersFromItsSumIsKeptAsPrinted() throws IOException {
        Report published = huaian.copy();
        published.setMode(ValueMode.AS_PUBLISHED);
        published.setCount("t4.rev.total", 999L);
        try (XSSFWorkbook wb = write(published)) {
            XSSFCell total = cellOf(wb, "t4.rev.total");
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(999);
            assertThat(cellOf(wb, "t4.lit.total").getCellType()).isEqualTo(CellType.FORMULA);
        }
    }

    @Test
    void theVeryHiddenKeySheetLeadsFromEveryCellKeyToItsCell() throws IOException {
        try (XSSFWorkbook wb = write(huaian)) {
            XSSFSheet keys = wb.getSheet(OwnFiles.XLSX_KEY_SHEET);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(keys))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            String[][] meta = {{"schema", ReportJson.SCHEMA}, {"formatVersion", "2021"},
                    {"organ.name", "淮安市人民政府"}, {"organ.kind", "city-government"}, {"year", "2024"},
                    {"status", "draft"}};
            for (int i = 0; i < meta.length; i++) {
                assertThat(keys.getRow(i).getCell(0).getStringCellValue()).isEqualTo(meta[i][0]);
                assertThat(keys.getRow(i).getCell(1).getStringCellValue()).isEqualTo(meta[i][1]);
            }
            int row = meta.length;
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (CellSpec cell : huaian.catalog().cells()) {
                assertThat(keys.getRow(row).getCell(0).getStringCellValue()).isEqualTo(cell.key());
                String reference = keys.getRow(row).getCell(1).getStringCellValue();
                assertThat(reference).startsWith(huaian.catalog().table(cell.tableId()).name() + "!");
                CellReference ref = new CellReference(reference);
                XSSFCell shown = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
                assertThat(BigDecimal.valueOf(evaluator.evaluate(shown).getNumberValue()))
                        .as(cell.key()).isEqualByComparingTo(huaian.value(cell.key()));
                row++;
            }
            assertThat(keys.getLastRowNum()).isEqualTo(row - 1);
        }
    }

    /**
     * Each sheet prints on A4 at 100 %, its columns filling the printable width so that the 11 pt text prints at
     * 11 pt (fit-to-width, kept as a safety net, has nothing to shrink): table 四's fifteen columns on a turned
     * page; the organ, the page and the year in the footer.
     */
    @Test
    void eachSheetPrintsOnA4AtFullSizeAcrossThePageWithAFooter() throws IOException {
        try (XSSFWorkbook wb = write(huaian)) {
            boolean[] landscape = {false, false, true};
            for (int i = 0; i < 3; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).as("sheet %d turned", i).isEqualTo(landscape[i]);
                assertThat(print.getScale()).isEqualTo((short) 100);
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).isEqualTo((short) 0);
                var widths = sheet.getCTWorksheet().getColsArray(0).getColList();
                int columns = sheet.getRow(sheet.getLastRowNum()).getLastCellNum();
                assertThat(widths).as("sheet %d: every column's width set", i).hasSize(columns)
                        .allSatisfy(col -> assertThat(col.getCustomWidth()).isTrue());
                double inches = widths.stream().mapToDouble(c -> c.getWidth() * 8 / 96).sum();
                double printable = (landscape[i] ? 297 : 210) / 25.4 - sheet.getMargin(PageMargin.LEFT)
                        - sheet.getMargin(PageMargin.RIGHT);
                assertThat(inches / printable).as("sheet %d: share of the printable width", i).isBetween(0.85, 1.0);
                double points = XlsxStyles.TABLE_POINTS * Math.min(1, printable / inches);
                assertThat(points).as("sheet %d: the table's text prints at", i).isGreaterThanOrEqualTo(10);
                assertThat(sheet.getFooter().getLeft()).endsWith("淮安市人民政府");
                assertThat(sheet.getFooter().getCenter()).endsWith("第 &P 页，共 &N 页");
                assertThat(sheet.getFooter().getRight()).endsWith("2024年度");
            }
            XSSFSheet t3 = wb.getSheetAt(1);
            // the innermost row labels (1.申请人无正当理由逾期不补正、…) get the widest column, but not the page
            assertThat(t3.getColumnWidth(2)).isGreaterThan(t3.getColumnWidth(3) * 2)
                    .isLessThan(t3.getColumnWidth(3) * 5);
            assertThat(t3.getRepeatingRows().formatAsString()).isEqualTo("3:5");
            assertThat(wb.getSheetAt(2).getRepeatingRows().formatAsString()).isEqualTo("3:5");
            assertThat(wb.getSheetAt(0).getRepeatingRows()).as("table 二's blocks have their own headers").isNull();
        }
    }

    @Test
    void headingsBreakBetweenWordsCaptionsAreCentredAndTheFileNamesTheOrganAndTheReport() throws IOException {
        try (XSSFWorkbook wb = write(huaian)) {
            XSSFSheet t4 = wb.getSheetAt(2);
            List<String> headings = new java.util.ArrayList<>();
            for (int r = 2; r <= 4; r++) {
                t4.getRow(r).forEach(c -> headings.add(c.getStringCellValue()));
            }
            assertThat(headings).contains("结果\n维持", "尚未\n审结", "总计");
            XSSFSheet t2 = wb.getSheetAt(0);
            assertThat(t2.getRow(2).getCell(0).getStringCellValue()).isEqualTo("第二十条第（一）项");
            assertThat(t2.getRow(2).getCell(0).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            var properties = wb.getProperties();
            assertThat(properties.getCoreProperties().getCreator()).isEqualTo("淮安市人民政府");
            assertThat(properties.getCoreProperties().getTitle()).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
            assertThat(properties.getExtendedProperties().getApplication()).isEqualTo("政务公开年报助手");
        }
    }

    @Test
    void aDraftSaysSoAboveEveryTableAndInThePrintedHeader() throws IOException {
        try (XSSFWorkbook wb = write(huaian, ExportOptions.draft("尚有 1 个错误未改正（T4-01），不得报送",
                LocalDate.of(2025, 1, 20)))) {
            for (int i = 0; i < 3; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                        .isEqualTo("草稿：尚有 1 个错误未改正（T4-01），不得报送");
                assertThat(sheet.getHeader().getCenter()).endsWith("\"草稿");
                table(wb, sheet).assertShows(huaian.catalog().tables().get(i), huaian);
            }
        }
    }

    private static XSSFCell cellOf(XSSFWorkbook wb, String key) {
        XSSFSheet keys = wb.getSheet(OwnFiles.XLSX_KEY_SHEET);
        for (int r = 0; r <= keys.getLastRowNum(); r++) {
            if (keys.getRow(r).getCell(0).getStringCellValue().equals(key)) {
                CellReference ref = new CellReference(keys.getRow(r).getCell(1).getStringCellValue());
                return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
            }
        }
        throw new AssertionError("no key " + key);
    }
}
