package org.ogireport.io.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogireport.io.export.GongwenFonts;
import org.ogireport.io.export.TableLayout.Cell;
import org.ogireport.model.Report;

/** The cell styles of the exported workbook, made once per workbook (Excel limits their number). */
final class XlsxStyles {

    static final String FONT = GongwenFonts.SONGTI;
    static final String HEADING_FONT = GongwenFonts.HEITI;
    static final short TABLE_POINTS = 11;
    /** The height of one line of table text, in points. */
    static final float LINE_POINTS = 14.5f;

    final XSSFCellStyle title;
    final XSSFCellStyle heading;
    final XSSFCellStyle draft;
    private final XSSFCellStyle header;
    private final XSSFCellStyle label;
    private final XSSFCellStyle count;
    private final XSSFCellStyle derived;
    private final Map<Integer, XSSFCellStyle> amounts = new HashMap<>();
    private final XSSFWorkbook wb;
    private final XSSFFont tableFont;

    XlsxStyles(XSSFWorkbook wb) {
        this.wb = wb;
        tableFont = font(FONT, TABLE_POINTS, false);
        // Excel measures column widths in the default font: make it the table's.
        XSSFFont base = wb.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(TABLE_POINTS);

        title = plain(font(HEADING_FONT, (short) 16, false), HorizontalAlignment.CENTER);
        heading = plain(font(HEADING_FONT, (short) 13, false), HorizontalAlignment.LEFT);
        XSSFFont red = font(HEADING_FONT, (short) 13, true);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        draft = plain(red, HorizontalAlignment.CENTER);

        header = boxed(HorizontalAlignment.CENTER);
        label = boxed(HorizontalAlignment.LEFT);
        count = boxed(HorizontalAlignment.CENTER);
        count.setDataFormat(wb.createDataFormat().getFormat("0"));
        derived = boxed(HorizontalAlignment.CENTER);
        derived.setDataFormat(count.getDataFormat());
        // Computed cells are grey, as in the app: they follow their terms and are not typed.
        derived.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        derived.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** The style of a table cell: its role, and for a value whether it is derived and how many decimals it has. */
    XSSFCellStyle of(Cell cell, Report report) {
        return switch (cell.role()) {
            case CORNER, ROW_HEADER -> label;
            // table 二's block captions centred, as in the app and the Word file
            case TITLE, COLUMN_HEADER -> header;
            case VALUE -> cell.spec().isDerived() ? derived
                    : cell.spec().kind().isInteger() ? count : amount(report.value(cell.spec().key()));
        };
    }

    /** An amount shows the decimals it was given (96171.6 stays 96171.6, 7730.20 stays 7730.20). */
    private XSSFCellStyle amount(BigDecimal value) {
        int scale = value == null ? 0 : Math.max(0, value.scale());
        return amounts.computeIfAbsent(scale, s -> {
            XSSFCellStyle st = boxed(HorizontalAlignment.CENTER);
            st.setDataFormat(wb.createDataFormat().getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
            return st;
        });
    }

    private XSSFFont font(String name, short points, boolean bold) {
        XSSFFont f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        return f;
    }

    private XSSFCellStyle plain(XSSFFont font, HorizontalAlignment alignment) {
        XSSFCellStyle st = wb.createCellStyle();
        st.setFont(font);
        st.setAlignment(alignment);
        st.setVerticalAlignment(VerticalAlignment.CENTER);
        return st;
    }

    private XSSFCellStyle boxed(HorizontalAlignment alignment) {
        XSSFCellStyle st = plain(tableFont, alignment);
        st.setWrapText(true);
        st.setBorderTop(BorderStyle.THIN);
        st.setBorderBottom(BorderStyle.THIN);
        st.setBorderLeft(BorderStyle.THIN);
        st.setBorderRight(BorderStyle.THIN);
        return st;
    }
}
