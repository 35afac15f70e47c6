package org.ogireport.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Derivation;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.TableSpec;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.OfficeProperties;
import org.ogireport.io.OwnFiles;
import org.ogireport.io.ReportWriter;
import org.ogireport.io.export.LabelWords;
import org.ogireport.io.export.ReportContent;
import org.ogireport.io.export.TableLayout;
import org.ogireport.io.export.TableLayout.Cell;
import org.ogireport.io.export.TableLayout.Role;
import org.ogireport.model.Report;
import org.ogireport.model.Scope;
import org.ogireport.model.ValueMode;

/**
 * The tables of a report as an Excel workbook: one sheet per table laid out like the official one with its merged
 * headers, the derived cells as live SUM formulas over their terms (so totals follow a supervisor's edits), set up
 * to print on A4 ({@link PrintedPage}), and the very hidden key sheet of {@link OwnFiles} that lets the app read the
 * workbook back.
 */
public final class XlsxWriter implements ReportWriter {

    /** The rows above a table: its report title and its section heading (and a draft's note). */
    private static final int TITLE_ROW = 0;
    private static final int HEADING_ROW = 1;
    /** Excel keeps 15 significant digits: larger counts are written as text rather than rounded. */
    private static final long LARGEST_EXACT = 999_999_999_999_999L;

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public void write(Report report, ExportOptions options, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb);
            Map<String, String> references = new HashMap<>();
            for (TableSpec table : report.catalog().tables()) {
                writeTable(wb.createSheet(table.name()), TableLayout.of(table, report), report, options, styles,
                        references);
            }
            writeKeys(wb, report, references);
            String organ = report.organ().name();
            OfficeProperties.set(wb.getProperties(), organ, report.catalog().title(organ, report.year()));
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.write(CloseShieldOutputStream.wrap(out));
        }
    }

    /** A first workbook costs class loading: pay it early, on another thread. */
    @Override
    public void prepare() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new XlsxStyles(wb);
            wb.createSheet().createRow(0).createCell(0).setCellFormula("SUM(B1:C1)");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.write(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- one table ------------------------------------------------------------------------------------------

    private static void writeTable(XSSFSheet sheet, TableLayout layout, Report report, ExportOptions options,
                                   XlsxStyles styles, Map<String, String> references) {
        FormatCatalog catalog = report.catalog();
        int lastColumn = layout.columnCount() - 1;
        text(sheet, TITLE_ROW, catalog.title(report.organ().name(), report.year()), styles.title, lastColumn);
        text(sheet, HEADING_ROW, catalog.section(layout.table().sectionKey()).heading(), styles.heading, lastColumn);
        int top = HEADING_ROW + 1;
        if (options.isDraft()) {
            text(sheet, top++, ReportContent.draftLine(options), styles.draft, lastColumn);
            sheet.getHeader().setCenter(PrintedPage.FOOTER_FONT + ReportContent.draftMark());
        }
        PrintedPage page = PrintedPage.of(layout);
        double[] widths = layout.columnWidths(page.metrics());
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (int) Math.round(widths[c] * 256));
        }

        writeCells(sheet, top, layout, report, styles, references, widths, page.metrics());
        for (int r = 0; r < layout.rowCount(); r++) {
            sheet.getRow(top + r).setHeightInPoints(rowHeight(layout, r, widths, page.metrics()));
        }
        page.setUp(sheet, layout, top, report);
    }

    /** The table's cells from row {@code top}: labels, numbers and the totals' formulas. */
    private static void writeCells(XSSFSheet sheet, int top, TableLayout layout, Report report, XlsxStyles styles,
                                   Map<String, String> references, double[] widths, TableLayout.Metrics m) {
        Map<String, CellReference> positions = new HashMap<>();
        for (Cell cell : layout.cells()) {
            if (cell.spec() != null) {
                positions.put(cell.spec().key(), new CellReference(top + cell.row(), cell.column()));
            }
        }
        Map<String, Derivation> derivations = new HashMap<>();
        layout.table().derivations().forEach(d -> derivations.put(d.target(), d));
        Set<String> keptAsPublished = Set.copyOf(report.derivedMismatches());
        for (Cell cell : layout.cells()) {
            XSSFCell origin = region(sheet, top, cell, styles.of(cell, report));
            if (cell.role() == Role.COLUMN_HEADER) {
                origin.setCellValue(String.join("\n", LabelWords.lines(cell.text(), ems(cell, widths, m))));
                continue;
            }
            if (cell.role() != Role.VALUE) {
                origin.setCellValue(cell.text());
                continue;
            }
            String key = cell.spec().key();
            references.put(key, new CellReference(sheet.getSheetName(), top + cell.row(), cell.column(), false,
                    false).formatAsString());
            Derivation derivation = derivations.get(key);
            BigDecimal value = report.value(key);
            if (derivation != null && !keptAsPublished.contains(key)) {
                origin.setCellFormula(sumFormula(derivation, positions, value == null));
            } else if (value != null) {
                number(origin, value);
            }
        }
    }

    /** A line of text above the table, across its width. */
    private static void text(XSSFSheet sheet, int row, String text, XSSFCellStyle style, int lastColumn) {
        XSSFRow r = sheet.createRow(row);
        XSSFCell cell = r.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        r.setHeightInPoints(style.getFont().getFontHeightInPoints() * 1.8f);
        if (lastColumn > 0) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, 0, lastColumn));
        }
    }

    /** Creates every cell a layout cell covers with its style (so a merged cell's borders are drawn whole). */
    private static XSSFCell region(XSSFSheet sheet, int top, Cell cell, XSSFCellStyle style) {
        for (int r = cell.row(); r <= cell.lastRow(); r++) {
            XSSFRow row = sheet.getRow(top + r) == null ? sheet.createRow(top + r) : sheet.getRow(top + r);
            for (int c = cell.column(); c <= cell.lastColumn(); c++) {
                row.createCell(c).setCellStyle(style);
            }
        }
        if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(top + cell.row(), top + cell.lastRow(), cell.column(),
                    cell.lastColumn()));
        }
        return sheet.getRow(top + cell.row()).getCell(cell.column());
    }

    private static void number(XSSFCell cell, BigDecimal value) {
        if (value.abs().compareTo(BigDecimal.valueOf(LARGEST_EXACT)) > 0) {
            cell.setCellValue(value.toPlainString());
        } else {
            cell.setCellValue(value.doubleValue());
        }
    }

    /**
     * {@code SUM} over a derived cell's terms, adjacent cells written as ranges. A total whose terms are all empty
     * is empty in the app, so its formula stays empty until a term is typed.
     */
    static String sumFormula(Derivation derivation, Map<String, CellReference> positions, boolean emptyWhenBlank) {
        List<String> ranges = new ArrayList<>();
        CellReference first = null;
        CellReference last = null;
        for (String term : derivation.terms()) {
            CellReference ref = positions.get(term);
            if (last != null && adjacent(first, last, ref)) {
                last = ref;
                continue;
            }
            if (first != null) {
                ranges.add(range(first, last));
            }
            first = ref;
            last = ref;
        }
        ranges.add(range(first, last));
        String args = String.join(",", ranges);
        return emptyWhenBlank ? "IF(COUNT(" + args + ")=0,\"\",SUM(" + args + "))" : "SUM(" + args + ")";
    }

    /** Whether {@code next} continues the straight run from {@code first} to {@code last}. */
    private static boolean adjacent(CellReference first, CellReference last, CellReference next) {
        boolean alongRow = first.getRow() == last.getRow() && next.getRow() == last.getRow()
                && next.getCol() == last.getCol() + 1;
        boolean alongColumn = first.getCol() == last.getCol() && next.getCol() == last.getCol()
                && next.getRow() == last.getRow() + 1;
        return alongRow || alongColumn;
    }

    private static String range(CellReference first, CellReference last) {
        return first.equals(last) ? first.formatAsString()
                : first.formatAsString() + ":" + last.formatAsString();
    }

    /** A row tall enough for its wrapped labels (Excel does not grow rows for merged or wrapped text by itself). */
    private static float rowHeight(TableLayout layout, int row, double[] widths, TableLayout.Metrics m) {
        int lines = 1;
        for (Cell cell : layout.cellsCovering(row)) {
            double ems = ems(cell, widths, m);
            double textLines = cell.role() == Role.COLUMN_HEADER ? LabelWords.lines(cell.text(), ems).size()
                    : Math.ceil(TableLayout.textWidth(cell.text(), m) / Math.max(ems * m.cjkChar(), 1));
            lines = Math.max(lines, (int) Math.ceil(textLines / cell.rowSpan()));
        }
        return XlsxStyles.LINE_POINTS * lines + 6;
    }

    /** How many Chinese characters a line of a cell holds. */
    private static double ems(Cell cell, double[] widths, TableLayout.Metrics m) {
        double width = -m.padding();
        for (int c = cell.column(); c <= cell.lastColumn(); c++) {
            width += widths[c];
        }
        return width / m.cjkChar();
    }

    // ---- the key sheet --------------------------------------------------------------------------------------

    private static void writeKeys(XSSFWorkbook wb, Report report, Map<String, String> references) {
        XSSFSheet keys = wb.createSheet(OwnFiles.XLSX_KEY_SHEET);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"schema", ReportJson.SCHEMA});
        rows.add(new String[] {"formatVersion", report.formatVersion().id()});
        rows.add(new String[] {"organ.name", report.organ().name()});
        rows.add(new String[] {"organ.kind", report.organ().kind().id()});
        rows.add(new String[] {"year", Integer.toString(report.year())});
        rows.add(new String[] {"status", report.mode() == ValueMode.COMPUTED ? "draft" : "published"});
        if (report.scope() != Scope.OWN) {
            // An aggregate says so, with what it summed as the exchange JSON's components (spec §9).
            rows.add(new String[] {"scope", report.scope().id()});
            rows.add(new String[] {"components", ReportJson.componentsJson(report)});
        }
        for (CellSpec cell : report.catalog().cells()) {
            rows.add(new String[] {cell.key(), references.get(cell.key())});
        }
        for (int i = 0; i < rows.size(); i++) {
            XSSFRow row = keys.createRow(i);
            row.createCell(0).setCellValue(rows.get(i)[0]);
            row.createCell(1).setCellValue(rows.get(i)[1]);
        }
        wb.setSheetVisibility(wb.getSheetIndex(keys), SheetVisibility.VERY_HIDDEN);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
    }
}
