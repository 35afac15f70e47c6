package org.ogireport.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.TableSpec;
import org.ogireport.model.Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A table read back from an exported file, independently of how the writers built it: the text at every position
 * of its logical grid (a merged cell's text at each position it covers) and its merged regions.
 */
public final class PrintedGrid {

    /** A merged cell: its top-left position and size. */
    public record Region(int row, int column, int rows, int columns) {
    }

    private final List<List<String>> text;
    private final Set<Region> merges;

    private PrintedGrid(List<List<String>> text, Set<Region> merges) {
        this.text = text;
        this.merges = merges;
    }

    public int rows() {
        return text.size();
    }

    public int columns() {
        return text.isEmpty() ? 0 : text.get(0).size();
    }

    public String at(int row, int column) {
        return text.get(row).get(column);
    }

    public Set<Region> merges() {
        return merges;
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** A Word table: gridSpan merges across, vMerge restart/continue down. */
    public static PrintedGrid of(XWPFTable table) {
        List<Region> regions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int columns = table.getCTTbl().getTblGrid().sizeOfGridColArray();
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            XWPFTableRow row = table.getRow(r);
            int c = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? ((Number) pr.getGridSpan().getVal()).intValue() : 1;
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                if (continues) {
                    int row0 = r;
                    int col0 = c;
                    int i = indexOf(regions, reg -> reg.column() == col0 && reg.row() + reg.rows() == row0);
                    assertThat(i).as("vMerge continue at row %d column %d has a cell above", r, c).isNotNegative();
                    Region above = regions.get(i);
                    regions.set(i, new Region(above.row(), above.column(), above.rows() + 1, above.columns()));
                } else {
                    regions.add(new Region(r, c, 1, span));
                    texts.add(cell.getText().strip());
                }
                c += span;
            }
            assertThat(c).as("row %d fills the grid", r).isEqualTo(columns);
        }
        return fromRegions(regions, texts, table.getNumberOfRows(), columns);
    }

    /** The layout the writers draw from. */
    public static PrintedGrid of(TableLayout layout) {
        List<Region> regions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (TableLayout.Cell cell : layout.cells()) {
            regions.add(new Region(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan()));
            texts.add(cell.text());
        }
        return fromRegions(regions, texts, layout.rowCount(), layout.columnCount());
    }

    /** An HTML table: rowspan and colspan, the usual way browsers place cells. */
    public static PrintedGrid of(Element table) {
        List<Element> trs = table.select("tr");
        List<Region> regions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < trs.size(); r++) {
            int c = 0;
            for (Element td : trs.get(r).select("> td, > th")) {
                while (isTaken(taken, r, c)) {
                    c++;
                }
                int rows = td.hasAttr("rowspan") ? Integer.parseInt(td.attr("rowspan")) : 1;
                int cols = td.hasAttr("colspan") ? Integer.parseInt(td.attr("colspan")) : 1;
                for (int i = r; i < r + rows; i++) {
                    for (int j = c; j < c + cols; j++) {
                        take(taken, i, j);
                    }
                }
                regions.add(new Region(r, c, rows, cols));
                texts.add(td.text().strip());
                c += cols;
                columns = Math.max(columns, c);
            }
        }
        return fromRegions(regions, texts, trs.size(), columns);
    }

    /** Rows {@code firstRow} … {@code lastRow} of a sheet from column A: its merged regions and shown values. */
    public static PrintedGrid of(Sheet sheet, int firstRow, int lastRow, int columns, FormulaEvaluator evaluator) {
        DataFormatter formatter = new DataFormatter();
        List<Region> regions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() >= firstRow && m.getLastRow() <= lastRow) {
                regions.add(new Region(m.getFirstRow() - firstRow, m.getFirstColumn(),
                        m.getLastRow() - m.getFirstRow() + 1, m.getLastColumn() - m.getFirstColumn() + 1));
                texts.add(shown(sheet, m.getFirstRow(), m.getFirstColumn(), formatter, evaluator));
                for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                    for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                        covered.add((long) r << 20 | c);
                    }
                }
            }
        }
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = 0; c < columns; c++) {
                if (!covered.contains((long) r << 20 | c)) {
                    regions.add(new Region(r - firstRow, c, 1, 1));
                    texts.add(shown(sheet, r, c, formatter, evaluator));
                }
            }
        }
        return fromRegions(regions, texts, lastRow - firstRow + 1, columns);
    }

    private static String shown(Sheet sheet, int r, int c, DataFormatter formatter, FormulaEvaluator evaluator) {
        Row row = sheet.getRow(r);
        // a line break in a heading is where it wraps, not part of its text
        return row == null || row.getCell(c) == null ? ""
                : formatter.formatCellValue(row.getCell(c), evaluator).replace("\n", "").strip();
    }

    private static PrintedGrid fromRegions(List<Region> regions, List<String> texts, int rows, int columns) {
        List<List<String>> text = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            text.add(new ArrayList<>(java.util.Collections.nCopies(columns, (String) null)));
        }
        Set<Region> merges = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            Region reg = regions.get(i);
            for (int r = reg.row(); r < reg.row() + reg.rows(); r++) {
                for (int c = reg.column(); c < reg.column() + reg.columns(); c++) {
                    assertThat(text.get(r).get(c)).as("position %d,%d is covered once", r, c).isNull();
                    text.get(r).set(c, texts.get(i));
                }
            }
            if (reg.rows() > 1 || reg.columns() > 1) {
                merges.add(reg);
            }
        }
        for (int r = 0; r < rows; r++) {
            assertThat(text.get(r)).as("row %d has no hole", r).doesNotContainNull();
        }
        return new PrintedGrid(text, merges);
    }

    private static int indexOf(List<Region> regions, java.util.function.Predicate<Region> p) {
        for (int i = regions.size() - 1; i >= 0; i--) {
            if (p.test(regions.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTaken(List<boolean[]> taken, int r, int c) {
        return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
    }

    private static void take(List<boolean[]> taken, int r, int c) {
        while (taken.size() <= r) {
            taken.add(new boolean[0]);
        }
        if (taken.get(r).length <= c) {
            taken.set(r, java.util.Arrays.copyOf(taken.get(r), c + 1));
        }
        taken.get(r)[c] = true;
    }

    // ---- checking -------------------------------------------------------------------------------------------

    /**
     * Checks that the grid shows a catalog table as printed: each grid's title, its corner, the label path of every
     * column read down its header rows and of every row read across its label columns, and every cell's value at
     * the crossing of its row and column (the plain number, or empty when not filled).
     */
    public void assertShows(TableSpec table, Report report) {
        int labelColumns = table.grids().stream().flatMap(g -> g.rows().stream())
                .mapToInt(h -> h.path().size()).max().orElse(0);
        int r = 0;
        for (Grid grid : table.grids()) {
            if (grid.title() != null) {
                for (int c = 0; c < columns(); c++) {
                    assertThat(at(r, c)).as("%s title row %d", table.id(), r).isEqualTo(grid.title());
                }
                r++;
            }
            int headerRows = grid.columns().stream().mapToInt(h -> h.path().size()).max().orElseThrow();
            for (int c = 0; c < labelColumns; c++) {
                for (int h = r; h < r + headerRows; h++) {
                    assertThat(at(h, c)).as("%s corner at %d,%d", table.id(), h, c)
                            .isEqualTo(grid.corner() == null ? "" : grid.corner());
                }
            }
            List<List<Integer>> columnsOf = new ArrayList<>();
            for (Header col : grid.columns()) {
                List<Integer> found = new ArrayList<>();
                for (int c = labelColumns; c < columns(); c++) {
                    if (columnPath(r, headerRows, c).equals(col.path())) {
                        found.add(c);
                    }
                }
                assertThat(found).as("%s column %s (%s) under its header", table.id(), col.key(), col.path())
                        .isNotEmpty();
                columnsOf.add(found);
            }
            r += headerRows;
            for (Header row : grid.rows()) {
                assertThat(rowPath(r, labelColumns)).as("%s row %s labels", table.id(), row.key())
                        .isEqualTo(row.path());
                for (int j = 0; j < grid.columns().size(); j++) {
                    CellSpec cell = report.catalog().cell(grid.cellKey(row, grid.columns().get(j))).orElseThrow();
                    BigDecimal value = report.value(cell.key());
                    for (int c : columnsOf.get(j)) {
                        assertThat(at(r, c)).as("%s value of %s", table.id(), cell.key())
                                .isEqualTo(value == null ? "" : value.toPlainString());
                    }
                }
                r++;
            }
        }
        assertThat(r).as("%s rows", table.id()).isEqualTo(rows());
    }

    /** The labels down a column's header rows, a label merged over several rows read once. */
    private List<String> columnPath(int top, int headerRows, int column) {
        List<String> labels = new ArrayList<>();
        for (int r = top; r < top + headerRows; r++) {
            labels.add(at(r, column));
        }
        return distinct(labels);
    }

    /** The labels across a row's label columns, a label merged over several columns read once. */
    private List<String> rowPath(int row, int labelColumns) {
        return distinct(text.get(row).subList(0, labelColumns));
    }

    private static List<String> distinct(List<String> labels) {
        List<String> path = new ArrayList<>();
        for (String t : labels) {
            if (!t.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(t))) {
                path.add(t);
            }
        }
        return path;
    }
}
