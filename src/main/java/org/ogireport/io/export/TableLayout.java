package org.ogireport.io.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.TableSpec;
import org.ogireport.model.Report;

/**
 * One official table as it is printed: a logical grid of cells with their merges, walked from the catalog, so
 * that the Word, Excel and HTML writers draw the same table.
 *
 * <p>The merges follow from the label paths of the {@link Header}s: adjacent columns (rows) whose paths share a
 * prefix share one header cell for that prefix, and a label that ends its path early stretches down (right) to
 * the values. Table 二's blocks are stacked in one grid whose value columns are split so that every block fills
 * the width: a block of k columns gives each of them (the least common multiple of the blocks' column counts) / k
 * grid columns, which is how the official template lays out its single-column blocks.
 */
public final class TableLayout {

    /** What a printed cell shows. */
    public enum Role {
        /** Table 二's block title row (第二十条第（一）项). */
        TITLE,
        /** The top-left cell over the row labels (信息内容, table 三's 勾稽关系 note). */
        CORNER,
        COLUMN_HEADER,
        ROW_HEADER,
        VALUE
    }

    /** What a printed row is. */
    public enum RowKind { TITLE, HEADER, DATA }

    /**
     * One printed cell at its top-left grid position.
     *
     * @param spec the table cell it shows, for {@link Role#VALUE}; null otherwise
     */
    public record Cell(int row, int column, int rowSpan, int columnSpan, Role role, String text, CellSpec spec) {

        public int lastRow() {
            return row + rowSpan - 1;
        }

        public int lastColumn() {
            return column + columnSpan - 1;
        }

        public boolean covers(int r, int c) {
            return r >= row && r <= lastRow() && c >= column && c <= lastColumn();
        }
    }

    /**
     * Units for {@link #columnWidths}: any length unit, as long as all are in it.
     *
     * @param total         the width the table must take
     * @param cjkChar       the width of one Chinese character in the table font
     * @param digit         the width of a digit or a Latin letter
     * @param padding       the cell's inner margins, left and right together, with a little slack
     * @param minValueChars the Chinese characters a value column shows per line of its header at least
     */
    public record Metrics(double total, double cjkChar, double digit, double padding, double minValueChars) {
    }

    /** The tables of the printed report: the 156 mm of the 公文 text block, 10.5 pt (五号) text, 1 mm cell margins. */
    public static final Metrics PRINTED_MM = new Metrics(156, 10.5 * 25.4 / 72, 10.5 * 25.4 / 72 / 2, 2.6, 2);

    /** The characters per line of the outer row-label levels (table 三's 三、本年度办理结果, （三）不予公开). */
    private static final int[] OUTER_LABEL_CHARS = {2, 5};

    private final TableSpec table;
    private final int columnCount;
    private final int labelColumns;
    private final List<RowKind> rows;
    private final List<Cell> cells;
    private final int repeatedHeaderRows;
    /** Whether the table is made of captioned blocks (table 二). */
    private final boolean titledBlocks;

    private TableLayout(TableSpec table, int columnCount, int labelColumns, List<RowKind> rows, List<Cell> cells,
                        int repeatedHeaderRows) {
        this.titledBlocks = rows.contains(RowKind.TITLE);
        this.table = table;
        this.columnCount = columnCount;
        this.labelColumns = labelColumns;
        this.rows = List.copyOf(rows);
        this.cells = cells.stream().sorted(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column))
                .toList();
        this.repeatedHeaderRows = repeatedHeaderRows;
    }

    /** Lays out a table of the catalog with the values of a report. */
    public static TableLayout of(TableSpec table, Report report) {
        int labelColumns = table.grids().stream().mapToInt(g -> depth(g.rows())).max().orElse(0);
        int units = table.grids().stream().mapToInt(g -> g.columns().size()).reduce(1, TableLayout::lcm);
        int columnCount = labelColumns + units;
        List<RowKind> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Grid grid : table.grids()) {
            if (grid.title() != null) {
                cells.add(new Cell(rows.size(), 0, 1, columnCount, Role.TITLE, grid.title(), null));
                rows.add(RowKind.TITLE);
            }
            int top = rows.size();
            int headerRows = depth(grid.columns());
            int span = units / grid.columns().size();
            if (labelColumns > 0) {
                String corner = grid.corner() == null ? "" : grid.corner();
                cells.add(new Cell(top, 0, headerRows, labelColumns, Role.CORNER, corner, null));
            }
            for (Span s : spans(grid.columns(), headerRows)) {
                cells.add(new Cell(top + s.level, labelColumns + s.first * span, s.depth, s.count * span,
                        Role.COLUMN_HEADER, s.label, null));
            }
            rows.addAll(Collections.nCopies(headerRows, RowKind.HEADER));
            int firstData = rows.size();
            for (Span s : spans(grid.rows(), labelColumns)) {
                cells.add(new Cell(firstData + s.first, s.level, s.count, s.depth, Role.ROW_HEADER, s.label, null));
            }
            for (int i = 0; i < grid.rows().size(); i++) {
                for (int j = 0; j < grid.columns().size(); j++) {
                    CellSpec spec = report.catalog().cell(grid.cellKey(grid.rows().get(i), grid.columns().get(j)))
                            .orElseThrow();
                    cells.add(new Cell(firstData + i, labelColumns + j * span, 1, span, Role.VALUE,
                            valueText(report, spec), spec));
                }
            }
            rows.addAll(Collections.nCopies(grid.rows().size(), RowKind.DATA));
        }
        // Only a table whose header is its top can repeat it on the next page (table 二's blocks each have theirs).
        boolean oneHeader = table.grids().size() == 1 && table.grids().get(0).title() == null;
        int repeated = oneHeader ? depth(table.grids().get(0).columns()) : 0;
        return new TableLayout(table, columnCount, labelColumns, rows, cells, repeated);
    }

    /** A value as printed: the plain number (no thousands separators, decimals as kept), or "" when not filled. */
    private static String valueText(Report report, CellSpec spec) {
        BigDecimal v = report.value(spec.key());
        return v == null ? "" : v.toPlainString();
    }

    /** A merged header cell: on {@code level}, headers {@code first} … {@code first + count - 1} share it. */
    private record Span(int level, int first, int count, int depth, String label) {
    }

    /**
     * The header cells of a list of headers (columns across, or rows down) with {@code levels} levels: adjacent
     * headers with equal path prefixes share a cell; a label that ends its path stretches over the levels left.
     */
    private static List<Span> spans(List<Header> headers, int levels) {
        List<Span> out = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            int i = 0;
            while (i < headers.size()) {
                List<String> path = headers.get(i).path();
                if (path.size() <= level) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < headers.size() && sharesPrefix(headers.get(j).path(), path, level + 1)) {
                    j++;
                }
                int depth = path.size() == level + 1 ? levels - level : 1;
                out.add(new Span(level, i, j - i, depth, path.get(level)));
                i = j;
            }
        }
        return out;
    }

    private static boolean sharesPrefix(List<String> a, List<String> b, int length) {
        return a.size() >= length && b.size() >= length && a.subList(0, length).equals(b.subList(0, length))
                // a leaf never merges with a longer path that continues it
                && (a.size() > length) == (b.size() > length);
    }

    private static int depth(List<Header> headers) {
        return headers.stream().mapToInt(h -> h.path().size()).max().orElse(0);
    }

    private static int lcm(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    // ---- what the writers read ------------------------------------------------------------------------------

    public TableSpec table() {
        return table;
    }

    /** The columns of the logical grid (the {@code tblGrid} of Word). */
    public int columnCount() {
        return columnCount;
    }

    /** The leading columns that hold row labels (0 for table 四). */
    public int labelColumns() {
        return labelColumns;
    }

    public int rowCount() {
        return rows.size();
    }

    public RowKind rowKind(int row) {
        return rows.get(row);
    }

    /** The rows at the top that a page break repeats (table 三's and 四's column headers; 0 for table 二). */
    public int repeatedHeaderRows() {
        return repeatedHeaderRows;
    }

    /**
     * Whether a row must print on the same page as the next one: a block's caption and column header stay with its
     * rows, table 二's small blocks stay whole, and the rows of a merged row label (table 三's 三、本年度办理结果 and
     * its （三）不予公开 …) stay together, so that a page break never leaves rows without their group's label.
     */
    public boolean keepsWithNext(int row) {
        if (row + 1 >= rows.size() || rows.get(row + 1) == RowKind.TITLE) {
            return false;
        }
        if (rows.get(row) != RowKind.DATA || titledBlocks) {
            return true;
        }
        return cells.stream().anyMatch(c -> c.role() == Role.ROW_HEADER && c.covers(row, c.column())
                && c.covers(row + 1, c.column()));
    }

    /** Every printed cell, by row then column. */
    public List<Cell> cells() {
        return cells;
    }

    /** The cells that start on a row or reach into it from above, left to right. */
    public List<Cell> cellsCovering(int row) {
        return cells.stream().filter(c -> c.row() <= row && c.lastRow() >= row)
                .sorted(Comparator.comparingInt(Cell::column)).toList();
    }

    /**
     * The width of every grid column, summing to {@code m.total()}: each value column as wide as its longest
     * number and at least {@code minValueChars} of its header per line; the outer row-label levels narrow (their
     * labels run down several lines, as on paper); the innermost label level as wide as its longest label allows;
     * what is left goes to the value columns. When even the minimums do not fit, everything is scaled down.
     */
    public double[] columnWidths(Metrics m) {
        Minimums least = minimums(m);
        double[] w = least.widths();
        if (labelColumns > 0) {
            double used = Arrays.stream(w).sum() - w[labelColumns - 1];
            w[labelColumns - 1] = Math.max(w[labelColumns - 1], Math.min(least.innermostWanted(), m.total() - used));
        }
        double left = m.total() - Arrays.stream(w).sum();
        if (left >= 0) {
            for (int c = labelColumns; c < columnCount; c++) {
                w[c] += left / (columnCount - labelColumns);
            }
        } else {
            double scale = m.total() / (m.total() - left);
            for (int c = 0; c < columnCount; c++) {
                w[c] *= scale;
            }
        }
        return w;
    }

    /**
     * The narrowest the table can be without squeezing a value or a heading's line below what {@link #columnWidths}
     * keeps: the value and outer label columns at their minimum, the innermost labels {@code innermostChars} wide
     * (or their longest, when shorter). {@code m.total()} is not used.
     */
    public double minimumWidth(Metrics m, double innermostChars) {
        Minimums least = minimums(m);
        double[] w = least.widths();
        if (labelColumns > 0) {
            w[labelColumns - 1] = Math.max(w[labelColumns - 1],
                    Math.min(least.innermostWanted(), innermostChars * m.cjkChar() + m.padding()));
        }
        return Arrays.stream(w).sum();
    }

    /** Each column at its minimum (the innermost labels at a value column's), and what the innermost labels want. */
    private record Minimums(double[] widths, double innermostWanted) {
    }

    private Minimums minimums(Metrics m) {
        double[] w = new double[columnCount];
        double minValue = m.minValueChars() * m.cjkChar() + m.padding();
        for (int c = labelColumns; c < columnCount; c++) {
            w[c] = minValue;
        }
        double innermostWanted = 0;
        for (Cell cell : cells) {
            if (cell.role() == Role.VALUE) {
                double perColumn = (textWidth(cell.text(), m) + m.padding()) / cell.columnSpan();
                for (int c = cell.column(); c <= cell.lastColumn(); c++) {
                    w[c] = Math.max(w[c], perColumn);
                }
            } else if (cell.role() == Role.ROW_HEADER && cell.column() == labelColumns - 1) {
                innermostWanted = Math.max(innermostWanted, textWidth(cell.text(), m) + m.padding());
            } else if (cell.role() == Role.ROW_HEADER && cell.column() < labelColumns - 1 && cell.columnSpan() == 1) {
                int chars = OUTER_LABEL_CHARS[Math.min(cell.column(), OUTER_LABEL_CHARS.length - 1)];
                w[cell.column()] = Math.max(w[cell.column()],
                        Math.min(textWidth(cell.text(), m), chars * m.cjkChar()) + m.padding());
            } else if (cell.role() == Role.CORNER && labelColumns == 1) {
                innermostWanted = Math.max(innermostWanted, textWidth(cell.text(), m) + m.padding());
            }
        }
        if (labelColumns > 0) {
            w[labelColumns - 1] = minValue;
        }
        return new Minimums(w, innermostWanted);
    }

    /** The width of a text on one line: Chinese characters and full-width punctuation at {@code cjkChar}. */
    public static double textWidth(String text, Metrics m) {
        long wide = text.chars().filter(ReportContent::isWide).count();
        return wide * m.cjkChar() + (text.length() - wide) * m.digit();
    }
}
