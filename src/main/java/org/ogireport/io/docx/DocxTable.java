package org.ogireport.io.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ogireport.io.export.TableLayout;
import org.ogireport.io.export.TableLayout.Cell;
import org.ogireport.io.export.TableLayout.Role;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A {@link TableLayout} as a Word table that looks the same in Word, WPS and LibreOffice: a fixed layout with a
 * {@code tblGrid} and a width on every cell (without them the others draw equal columns), horizontal merges as
 * {@code gridSpan} and vertical ones as {@code vMerge}, the column header repeated on every page, no row split, and
 * the rows the layout keeps together ({@link TableLayout#keepsWithNext}) kept on one page by "keep with next" on
 * every paragraph of a row, the continuations of a merge included (Word and LibreOffice keep such rows together).
 */
final class DocxTable {

    /** 1 mm inner margin left and right (as {@link TableLayout#PRINTED_MM} assumes): two characters per line fit. */
    static final int CELL_MARGIN = DocxWriter.mm(1);
    /** Data rows at least 7 mm high, as in the official template. */
    static final int MIN_ROW_HEIGHT = DocxWriter.mm(7);

    private DocxTable() {
    }

    static void write(XWPFDocument doc, TableLayout layout) {
        CTTbl tbl = doc.createTable().getCTTbl();
        tbl.removeTr(0);
        int[] widths = twips(layout.columnWidths(TableLayout.PRINTED_MM));
        properties(tbl);
        CTTblGrid grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < layout.rowCount(); r++) {
            CTRow row = tbl.addNewTr();
            rowProperties(row, layout, r);
            for (Cell cell : layout.cellsCovering(r)) {
                cell(row.addNewTc(), cell, r == cell.row(), widths, layout.keepsWithNext(r));
            }
        }
    }

    private static void properties(CTTbl tbl) {
        CTTblPr pr = CTTblPr.Factory.newInstance();
        CTTblWidth width = pr.addNewTblW();
        width.setW(BigInteger.valueOf(DocxWriter.TEXT_WIDTH));
        width.setType(STTblWidth.DXA);
        pr.addNewJc().setVal(STJcTable.CENTER);
        CTTblBorders borders = pr.addNewTblBorders();
        single(borders.addNewTop());
        single(borders.addNewLeft());
        single(borders.addNewBottom());
        single(borders.addNewRight());
        single(borders.addNewInsideH());
        single(borders.addNewInsideV());
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar margins = pr.addNewTblCellMar();
        CTTblWidth left = margins.addNewLeft();
        left.setW(BigInteger.valueOf(CELL_MARGIN));
        left.setType(STTblWidth.DXA);
        CTTblWidth right = margins.addNewRight();
        right.setW(BigInteger.valueOf(CELL_MARGIN));
        right.setType(STTblWidth.DXA);
        tbl.setTblPr(pr);
    }

    private static void single(CTBorder b) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(4));
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
    }

    private static void rowProperties(CTRow row, TableLayout layout, int r) {
        CTTrPr pr = row.addNewTrPr();
        pr.addNewCantSplit();
        if (r < layout.repeatedHeaderRows()) {
            pr.addNewTblHeader();
        }
        CTHeight height = pr.addNewTrHeight();
        height.setVal(BigInteger.valueOf(MIN_ROW_HEIGHT));
        height.setHRule(STHeightRule.AT_LEAST);
    }

    /**
     * One {@code tc}: the cell itself on its first row, or on a later row the continuation of its vertical merge.
     *
     * @param keepWithNext whether the row must print on the page of the next one
     */
    private static void cell(CTTc tc, Cell cell, boolean first, int[] widths, boolean keepWithNext) {
        CTTcPr pr = tc.addNewTcPr();
        int width = 0;
        for (int c = cell.column(); c <= cell.lastColumn(); c++) {
            width += widths[c];
        }
        CTTblWidth w = pr.addNewTcW();
        w.setW(BigInteger.valueOf(width));
        w.setType(STTblWidth.DXA);
        if (cell.columnSpan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.columnSpan()));
        }
        if (cell.rowSpan() > 1) {
            pr.addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        CTP p = tc.addNewP();
        CTPPr pPr = p.addNewPPr();
        pPr.addNewPStyle().setVal(DocxStyles.TABLE);
        if (keepWithNext) {
            pPr.addNewKeepNext();
        }
        // Labels read from the left; numbers, column headers and table 二's block captions are centred (the style's).
        if (cell.role() == Role.ROW_HEADER || cell.role() == Role.CORNER) {
            pPr.addNewJc().setVal(STJc.LEFT);
        }
        if (first && !cell.text().isEmpty()) {
            p.addNewR().addNewT().setStringValue(cell.text());
        }
    }

    private static int[] twips(double[] millimetres) {
        int[] out = new int[millimetres.length];
        int sum = 0;
        for (int i = 0; i < millimetres.length; i++) {
            out[i] = (int) Math.floor(millimetres[i] * DocxWriter.TWIPS_PER_MM);
            sum += out[i];
        }
        // Rounding leftovers go to the last column so the table is exactly the text block wide.
        out[out.length - 1] += DocxWriter.TEXT_WIDTH - sum;
        return out;
    }
}
