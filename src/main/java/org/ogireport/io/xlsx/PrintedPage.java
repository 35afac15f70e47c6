package org.ogireport.io.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.ogireport.i18n.Messages;
import org.ogireport.io.export.TableLayout;
import org.ogireport.model.Report;

/**
 * How a sheet prints on A4: the columns are sized to fill the printable width at 100 % (sized for a wider page,
 * fit-to-width shrank the 11 pt text to 6–8 pt and left pages half empty), in portrait unless the table needs
 * landscape (table 四's fifteen columns), with the page number and the organ and year in the footer. Fit-to-width
 * stays on as a safety net: it never enlarges, and shrinks a little only where a program measures the columns
 * wider than Excel does, rather than letting the last column spill onto a page of its own.
 *
 * <p>Excel measures column widths in the width of a digit of the workbook's default font: 8 pixels for 11 pt
 * 宋体 at 96 dpi, as Chinese Excel shows (a default column of 8.38 is 72 pixels). LibreOffice, without 宋体, takes
 * a digit some 8 % wider: the table takes nine tenths of the printable width, which leaves it the room, and
 * LibreOffice prints it at 10.5 pt, Excel at 11 pt.
 *
 * @param landscape whether the page is turned
 * @param units     the width the table may take in Excel's units
 * @param scale     the print scale in percent at which the table fits the width: 100 unless even its narrowest
 *                  layout is wider than the page
 * @param metrics   the metrics to size the columns with, their total the table's width
 */
record PrintedPage(boolean landscape, double units, int scale, TableLayout.Metrics metrics) {

    static final double A4_SHORT_MM = 210;
    static final double A4_LONG_MM = 297;
    /** Left and right, and top and bottom margins; the footer's distance from the page's edge. */
    static final double SIDE_MARGIN_INCHES = 0.6;
    static final double TOP_MARGIN_INCHES = 0.75;
    static final double FOOTER_INCHES = 0.3;
    static final double PIXELS_PER_UNIT = 8;
    static final double PIXELS_PER_INCH = 96;
    /** The share of the printable width the table takes. */
    static final double FILL = 0.9;
    /**
     * The font of the footer and the header, the table's (LibreOffice prints an unset one at 9 pt): the size first,
     * so that the font's name, not a digit of the text, follows the size's digits.
     */
    static final String FOOTER_FONT = "&" + XlsxStyles.TABLE_POINTS + "&\"" + XlsxStyles.FONT + ",Regular\"";
    /**
     * Widths in Excel's unit: an 11 pt Chinese character is 14.7 pixels, 1.85 digits of 8; one unit and a half of
     * padding and slack per cell.
     */
    private static final double CJK = 1.85;
    private static final double DIGIT = 1;
    private static final double PADDING = 1.5;
    /** Each value column shows at least two characters of its heading per line (结果/维持). */
    private static final int VALUE_CHARS = 2;
    /** A table whose value columns cannot show three characters per line in portrait is turned. */
    private static final int PORTRAIT_VALUE_CHARS = 3;

    /** The page for a table: portrait if it fits there comfortably, else landscape. */
    static PrintedPage of(TableLayout layout) {
        double portrait = units(A4_SHORT_MM);
        boolean landscape = layout.minimumWidth(metrics(portrait, PORTRAIT_VALUE_CHARS), PORTRAIT_VALUE_CHARS)
                > portrait;
        double units = tableUnits(landscape ? A4_LONG_MM : A4_SHORT_MM);
        double least = layout.minimumWidth(metrics(units, VALUE_CHARS), VALUE_CHARS);
        double total = Math.max(units, least);
        return new PrintedPage(landscape, units, (int) Math.min(100, Math.floor(100 * units / total)),
                metrics(total, VALUE_CHARS));
    }

    /** The printable width of a page side in Excel's units. */
    static double units(double pageMillimetres) {
        double inches = pageMillimetres / 25.4 - 2 * SIDE_MARGIN_INCHES;
        return inches * PIXELS_PER_INCH / PIXELS_PER_UNIT;
    }

    /** The width the table takes on a page side, in Excel's units. */
    private static double tableUnits(double pageMillimetres) {
        return FILL * units(pageMillimetres);
    }

    private static TableLayout.Metrics metrics(double total, int valueChars) {
        return new TableLayout.Metrics(total, CJK, DIGIT, PADDING, valueChars);
    }

    /** A4 in this orientation and scale, the column headers repeated and frozen, the footer. */
    void setUp(XSSFSheet sheet, TableLayout layout, int top, Report report) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setScale((short) scale);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.HEADER, FOOTER_INCHES);
        sheet.setMargin(PageMargin.FOOTER, FOOTER_INCHES);
        if (layout.repeatedHeaderRows() > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(top, top + layout.repeatedHeaderRows() - 1, -1, -1));
            sheet.createFreezePane(layout.labelColumns(), top + layout.repeatedHeaderRows());
        }
        // & starts a code in a header or footer: an organ's name that has one keeps it as a character.
        sheet.getFooter().setLeft(FOOTER_FONT + report.organ().name().replace("&", "&&"));
        sheet.getFooter().setCenter(FOOTER_FONT + Messages.get("export.sheet.footerPage"));
        sheet.getFooter().setRight(FOOTER_FONT + Messages.get("export.sheet.footerYear", report.year()));
    }
}
