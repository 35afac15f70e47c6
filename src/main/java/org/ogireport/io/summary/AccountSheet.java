package org.ogireport.io.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogireport.i18n.Messages;
import org.ogireport.io.export.GongwenFonts;

/**
 * The account sheet (.xlsx) the inbox's administrator hands out: the server's address, then one row per organ with
 * its role and its one-time password (empty where the role kept the one it had), and what was done.
 */
public final class AccountSheet {

    /**
     * One organ's account.
     *
     * @param password the one-time password, or null when none was set
     * @param note     what was done (新建, 已重设密码, 保留原密码, or why none was made)
     */
    public record Line(String organ, String role, String password, String note) {
    }

    private AccountSheet() {
    }

    /**
     * @param server the JDBC URL the units connect to
     * @param title  what the accounts are for (the government and year)
     */
    public static void write(String server, String title, List<Line> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Font plain = book.createFont();
            plain.setFontName(GongwenFonts.SONGTI);
            plain.setFontHeightInPoints((short) 11);
            Font bold = book.createFont();
            bold.setFontName(GongwenFonts.HEITI);
            bold.setFontHeightInPoints((short) 11);
            CellStyle text = book.createCellStyle();
            text.setFont(plain);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            // Passwords are read off the sheet by eye: a fixed-width face tells 1 from l.
            Font mono = book.createFont();
            mono.setFontName("Consolas");
            mono.setFontHeightInPoints((short) 12);
            CellStyle secret = book.createCellStyle();
            secret.setFont(mono);

            Sheet sheet = book.createSheet(Messages.get("server.sheet.name"));
            put(sheet.createRow(0), head, title);
            put(sheet.createRow(1), text, Messages.get("server.sheet.server"), server);
            put(sheet.createRow(2), text, Messages.get("server.sheet.howTo"));
            put(sheet.createRow(4), head, Messages.get("server.sheet.organ"), Messages.get("server.sheet.role"),
                    Messages.get("server.sheet.password"), Messages.get("server.sheet.note"));
            int r = 5;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                put(row, text, line.organ(), line.role());
                row.createCell(2).setCellValue(line.password() == null ? "" : line.password());
                row.getCell(2).setCellStyle(secret);
                row.createCell(3).setCellValue(line.note());
                row.getCell(3).setCellStyle(text);
            }
            int[] widths = {36, 24, 24, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            // The address and the advice run across the columns; the sheet prints on one page's width.
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 3));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 3));
            sheet.createFreezePane(0, 5);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            book.write(out);
        }
    }

    private static void put(Row row, CellStyle style, String... values) {
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values[c]);
            cell.setCellStyle(style);
        }
    }
}
