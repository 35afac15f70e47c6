package org.ogireport.io.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Turns any office's workbook into a {@link Doc}: the visible sheets in order, each cut into blocks at its empty
 * rows, each block a table whose rows keep their cells on the sheet's columns. A merged region is laid out as
 * Word's merges are: its text in its first column, the columns to its right covered, and in the rows below its
 * text repeated (so every row of a table carries its whole label). A block is as wide as its rightmost cell with
 * text of its own, so that a note merged across the page does not push table 三's numbers away from the right.
 */
final class Sheets {

    /** A report's tables fit in a few hundred rows and some dozen columns; more is not a report's. */
    private static final int MAX_ROWS = 2000;
    private static final int MAX_COLUMNS = 64;
    private static final int MAX_SHEETS = 50;

    private Sheets() {
    }

    static Doc toDoc(Workbook book) {
        Doc.Builder doc = new Doc.Builder();
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        for (int s = 0; s < Math.min(book.getNumberOfSheets(), MAX_SHEETS); s++) {
            if (!book.isSheetHidden(s) && !book.isSheetVeryHidden(s)) {
                addSheet(doc, book.getSheetAt(s), evaluator);
            }
        }
        return doc.build();
    }

    /** A cell of the sheet as laid out: its text, whether a merge covers it from the left, and its own text. */
    private record Laid(String text, boolean spanned, boolean own) {
    }

    private static void addSheet(Doc.Builder doc, Sheet sheet, FormulaEvaluator evaluator) {
        int rows = Math.min(sheet.getLastRowNum() + 1, MAX_ROWS);
        Map<Integer, CellRangeAddress> regions = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), rows - 1); r++) {
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    regions.put(r * MAX_COLUMNS + c, region);
                }
            }
        }
        List<Laid[]> block = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Laid[] row = layRow(sheet, r, regions, evaluator);
            boolean empty = true;
            for (Laid cell : row) {
                empty &= cell.text().isBlank();
            }
            if (empty) {
                addBlock(doc, block);
                block.clear();
            } else {
                block.add(row);
            }
        }
        addBlock(doc, block);
    }

    private static Laid[] layRow(Sheet sheet, int r, Map<Integer, CellRangeAddress> regions,
            FormulaEvaluator evaluator) {
        Row row = sheet.getRow(r);
        Laid[] cells = new Laid[MAX_COLUMNS];
        for (int c = 0; c < MAX_COLUMNS; c++) {
            CellRangeAddress region = regions.get(r * MAX_COLUMNS + c);
            if (region == null) {
                String text = text(row == null ? null : row.getCell(c), evaluator);
                cells[c] = new Laid(text, false, !text.isBlank());
                continue;
            }
            Row first = sheet.getRow(region.getFirstRow());
            String text = text(first == null ? null : first.getCell(region.getFirstColumn()), evaluator);
            boolean topLeft = r == region.getFirstRow() && c == region.getFirstColumn();
            cells[c] = new Laid(text, c > region.getFirstColumn(), topLeft && !text.isBlank());
        }
        return cells;
    }

    private static void addBlock(Doc.Builder doc, List<Laid[]> block) {
        if (block.isEmpty()) {
            return;
        }
        int width = 0;
        for (Laid[] row : block) {
            for (int c = 0; c < row.length; c++) {
                if (row[c].own()) {
                    width = Math.max(width, c + 1);
                }
            }
        }
        int table = doc.startTable();
        for (Laid[] row : block) {
            List<Doc.Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(row[c].spanned() ? Doc.Cell.spannedBy(row[c].text()) : Doc.Cell.of(row[c].text()));
            }
            doc.row(table, cells);
        }
    }

    /** What a cell shows, as text ("" when empty): a formula's result as the file last computed it if need be. */
    private static String text(Cell cell, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        try {
            String v = value(cell, evaluator);
            return v == null ? "" : v.strip();
        } catch (RuntimeException unevaluated) {
            CellType cached = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : null;
            if (cached == CellType.NUMERIC) {
                return number(cell.getNumericCellValue());
            }
            if (cached == CellType.STRING) {
                return cell.getStringCellValue().strip();
            }
            return cell.toString().strip(); // TRUE, #DIV/0!: words where a number should be, reported as such
        }
    }

    /**
     * A cell's value as text: a number exactly as Excel shows it (no binary tail), a formula's result; null when
     * blank.
     *
     * @throws IllegalStateException for a value that is neither a number nor text (a logical value, an error)
     */
    static String value(Cell cell, FormulaEvaluator evaluator) {
        if (cell == null) {
            return null;
        }
        CellValue v = evaluator.evaluate(cell);
        if (v == null) {
            return null;
        }
        return switch (v.getCellType()) {
            case NUMERIC -> number(v.getNumberValue());
            case STRING -> v.getStringValue();
            case BLANK -> null;
            default -> throw new IllegalStateException("not a number or text: " + v.getCellType());
        };
    }

    private static String number(double value) {
        return new BigDecimal(NumberToTextConverter.toText(value)).toPlainString();
    }
}
