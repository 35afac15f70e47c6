package org.ogireport.io.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Header;
import org.ogireport.format.TableSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.io.export.GongwenFonts;

/**
 * The 汇总表 (.xlsx): for each of tables 二, 三 and 四 a sheet with a row per unit and a column per cell (the table's
 * row label over its column label, as merged headers), a total row of live SUM formulas with their values cached
 * (so a viewer that does not calculate shows them), and a 报送情况 sheet of every unit's state.
 */
public final class SummaryWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** 序号, 单位, 关系, then the cells. */
    private static final int FIRST_CELL_COLUMN = 3;
    private static final int HEADER_ROWS = 3;

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle total;

    private SummaryWorkbook() {
        Font font = book.createFont();
        font.setFontName(GongwenFonts.SONGTI);
        font.setFontHeightInPoints((short) 10);
        Font bold = book.createFont();
        bold.setFontName(GongwenFonts.HEITI);
        bold.setFontHeightInPoints((short) 10);
        header = style(bold, HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(font, HorizontalAlignment.LEFT);
        number = style(font, HorizontalAlignment.RIGHT);
        total = style(bold, HorizontalAlignment.RIGHT);
    }

    private CellStyle style(Font font, HorizontalAlignment align) {
        CellStyle s = book.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    public static void write(SummaryData data, OutputStream out) throws IOException {
        SummaryWorkbook w = new SummaryWorkbook();
        FormatCatalog catalog = FormatCatalog.of(FormatVersion.forYear(data.year()));
        List<SummaryData.UnitRow> summed = data.units().stream().filter(SummaryData.UnitRow::summed).toList();
        for (TableSpec table : catalog.tables()) {
            w.tableSheet(data, catalog, table, summed);
        }
        w.statusSheet(data);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(w.book);
        w.book.getProperties().getCoreProperties().setCreator(data.compiler().name());
        w.book.getProperties().getCoreProperties().setTitle(Messages.get("summary.book.title",
                data.compiler().name(), data.year()));
        w.book.write(out);
        w.book.close();
    }

    private void tableSheet(SummaryData data, FormatCatalog catalog, TableSpec table,
                            List<SummaryData.UnitRow> units) {
        Sheet sheet = book.createSheet(table.name().length() > 31 ? table.name().substring(0, 31) : table.name());
        List<CellSpec> cells = catalog.cellsOf(table.table());
        Row title = sheet.createRow(0);
        put(title, 0, Messages.get("summary.book.sheetTitle", data.compiler().name(), data.year(), table.name()),
                text);
        Row rowLabels = sheet.createRow(1);
        Row columnLabels = sheet.createRow(2);
        String[] fixed = {Messages.get("summary.book.index"), Messages.get("summary.book.unit"),
                Messages.get("summary.book.relation")};
        for (int i = 0; i < fixed.length; i++) {
            put(rowLabels, i, fixed[i], header);
            put(columnLabels, i, "", header);
            sheet.addMergedRegion(new CellRangeAddress(1, 2, i, i));
        }
        int col = FIRST_CELL_COLUMN;
        int groupStart = col;
        Header group = null;
        for (CellSpec cell : cells) {
            if (group != null && !group.equals(cell.row())) {
                merge(sheet, groupStart, col - 1);
                groupStart = col;
            }
            group = cell.row();
            put(rowLabels, col, cell.row().shortName(), header);
            put(columnLabels, col, cell.column().shortName(), header);
            sheet.setColumnWidth(col, 10 * 256);
            col++;
        }
        merge(sheet, groupStart, col - 1);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        int r = HEADER_ROWS;
        for (SummaryData.UnitRow u : units) {
            Row row = sheet.createRow(r);
            put(row, 0, Integer.toString(r - HEADER_ROWS + 1), text);
            put(row, 1, u.name(), text);
            put(row, 2, u.relation(), text);
            int c = FIRST_CELL_COLUMN;
            for (CellSpec cell : cells) {
                BigDecimal v = u.report().catalog().cell(cell.key()).isPresent() ? u.report().value(cell.key()) : null;
                Cell x = row.createCell(c++);
                x.setCellStyle(number);
                if (v != null) {
                    x.setCellValue(v.doubleValue());
                }
            }
            r++;
        }
        Row sum = sheet.createRow(r);
        put(sum, 0, "", total);
        put(sum, 1, Messages.get("summary.book.total", units.size()), total);
        put(sum, 2, "", total);
        for (int c = FIRST_CELL_COLUMN; c < FIRST_CELL_COLUMN + cells.size(); c++) {
            Cell x = sum.createCell(c);
            x.setCellStyle(total);
            String letter = CellReference.convertNumToColString(c);
            x.setCellFormula(units.isEmpty() ? "0" : "SUM(" + letter + (HEADER_ROWS + 1) + ":" + letter + r + ")");
        }
        sheet.createFreezePane(FIRST_CELL_COLUMN, HEADER_ROWS);
        landscape(sheet, HEADER_ROWS);
    }

    private static void merge(Sheet sheet, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, from, to));
        }
    }

    private void statusSheet(SummaryData data) {
        Sheet sheet = book.createSheet(Messages.get("summary.book.status"));
        List<String> heads = List.of(Messages.get("summary.book.index"), Messages.get("summary.book.unit"),
                Messages.get("summary.book.relation"), Messages.get("summary.book.state"),
                Messages.get("summary.book.received"), Messages.get("summary.book.file"),
                Messages.get("summary.book.errors"), Messages.get("summary.book.warnings"),
                Messages.get("summary.book.comment"));
        Row h = sheet.createRow(0);
        for (int i = 0; i < heads.size(); i++) {
            put(h, i, heads.get(i), header);
        }
        int r = 1;
        for (SummaryData.UnitRow u : data.units()) {
            Row row = sheet.createRow(r);
            List<String> values = new ArrayList<>(List.of(Integer.toString(r), u.name(), u.relation(), u.state(),
                    u.received() == null ? "" : TIME.format(u.received().atZoneSameInstant(ZoneId.systemDefault())),
                    u.fileName() == null ? "" : u.fileName()));
            for (int i = 0; i < values.size(); i++) {
                put(row, i, values.get(i), text);
            }
            Cell e = row.createCell(6);
            e.setCellStyle(number);
            e.setCellValue(u.errors());
            Cell w = row.createCell(7);
            w.setCellStyle(number);
            w.setCellValue(u.warnings());
            put(row, 8, u.comment() == null ? "" : u.comment(), text);
            r++;
        }
        int[] widths = {6, 28, 12, 10, 17, 30, 8, 8, 40};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        landscape(sheet, 1);
    }

    /** A4 landscape, as wide as the page, the header rows on every page. */
    private static void landscape(Sheet sheet, int headerRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }

    private static void put(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
