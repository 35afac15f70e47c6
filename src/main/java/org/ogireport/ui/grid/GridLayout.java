package org.ogireport.ui.grid;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;

/**
 * Where the labels and cells of a printed grid go and how wide its columns are, from the catalog's {@link Grid}
 * alone: merged row labels and column headers from the label paths, widths from the label lengths. No JavaFX, so
 * that it is tested as it is.
 */
final class GridLayout {

    /** The width of one Chinese character at the grid's font size (app.css: .report-grid), for wrapping labels. */
    static final double EM = 13;
    /** The padding of a label's cell (app.css: .grid-label). */
    static final double PAD = 12;

    /** A merged label: one run of neighbours sharing the same label path up to a level. */
    record Span(int level, int from, int length, int deep, String label) {
    }

    private final Grid grid;
    private final int rowDepth;
    private final int colDepth;
    private final int titleRows;

    GridLayout(Grid grid) {
        this.grid = grid;
        this.rowDepth = grid.rows().stream().mapToInt(r -> r.path().size()).max().orElse(0);
        this.colDepth = grid.columns().stream().mapToInt(c -> c.path().size()).max().orElse(0);
        this.titleRows = grid.title() == null ? 0 : 1;
    }

    /** How many levels of row labels stand left of the cells. */
    int rowDepth() {
        return rowDepth;
    }

    /** How many levels of column headers stand above the cells. */
    int colDepth() {
        return colDepth;
    }

    /** 1 when the grid has a title row (a block of table 二), else 0. */
    int titleRows() {
        return titleRows;
    }

    int rows() {
        return grid.rows().size();
    }

    int cols() {
        return grid.columns().size();
    }

    /** The grid row of a row of cells (under the title and the column headers). */
    int gridRow(int row) {
        return titleRows + colDepth + row;
    }

    /** The grid column of a column of cells (right of the row labels). */
    int gridColumn(int col) {
        return rowDepth + col;
    }

    List<Span> columnSpans() {
        return spans(grid.columns().stream().map(Header::path).toList(), colDepth);
    }

    List<Span> rowSpans() {
        return spans(grid.rows().stream().map(Header::path).toList(), rowDepth);
    }

    /** The hint of a row label: only the innermost label of a single row has one, its row's. */
    String hint(Span rowSpan) {
        Header row = grid.rows().get(rowSpan.from());
        return rowSpan.length() == 1 && rowSpan.level() == row.path().size() - 1 ? row.hint() : null;
    }

    /**
     * The merged labels of the rows or columns: at each level, a run of neighbours with the same path up to that
     * level is one label; a path that ends above the deepest level reaches down (or right) to it.
     */
    static List<Span> spans(List<List<String>> paths, int depth) {
        List<Span> out = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            int i = 0;
            while (i < paths.size()) {
                List<String> p = paths.get(i);
                if (p.size() <= level) {
                    i++;
                    continue;
                }
                List<String> prefix = p.subList(0, level + 1);
                int j = i + 1;
                boolean continues = p.size() > level + 1;
                while (j < paths.size() && paths.get(j).size() > level
                        && paths.get(j).subList(0, level + 1).equals(prefix)) {
                    continues |= paths.get(j).size() > level + 1;
                    j++;
                }
                out.add(new Span(level, i, j - i, continues ? 1 : depth - level, p.get(level)));
                i = j;
            }
        }
        return out;
    }

    /**
     * The widths of the row label levels: an outer level (merged over many rows, like 三、本年度办理结果) in lines
     * of three characters when its labels are long, the innermost wide enough for most labels on one line and the
     * longest on three.
     */
    double[] naturalLabelWidths() {
        double[] widths = new double[rowDepth];
        for (int level = 0; level < rowDepth; level++) {
            boolean innermost = level == rowDepth - 1;
            int longest = 0;
            for (Header r : grid.rows()) {
                // Labels that reach across the deeper levels do not set this level's width.
                if (r.path().size() > level + 1 || innermost && r.path().size() == rowDepth) {
                    longest = Math.max(longest, r.path().get(level).length());
                }
            }
            int perLine = innermost ? Math.max(8, Math.min(14, (longest + 2) / 3 + 2)) : longest > 8 ? 3 : longest;
            widths[level] = perLine * EM + PAD + 8;
        }
        return widths;
    }

    /**
     * The width of one number column: its header on at most three lines; narrow when the grid has many columns
     * (table 四's fifteen), wide when it has few (table 二's blocks, whose numbers reach millions).
     */
    double naturalColumnWidth() {
        int cols = cols();
        int longest = grid.columns().stream().mapToInt(c -> c.label().length()).max().orElse(2);
        double minimum = cols <= 3 ? 110 : cols > 10 ? 46 : 56;
        return Math.max(minimum, Math.ceil(longest / (cols <= 3 ? 2.0 : 3.0)) * EM + PAD);
    }

    /**
     * The width that wraps a label into lines of equal length: "结果维持" in a 3-character cell becomes 结果 / 维持,
     * not 结果维 / 持.
     */
    static double balancedWidth(String text, double available) {
        int chars = Math.max(1, text.length());
        int perLineMax = Math.max(1, (int) Math.floor(available / EM));
        int lines = (chars + perLineMax - 1) / perLineMax;
        int perLine = (chars + lines - 1) / lines;
        return Math.min(available, perLine * EM + 2);
    }
}
