package org.ogireport.ui.grid;

/**
 * The cursor cell of a grid and the block selected from the anchor to it, with the moves of the keyboard: the arrows
 * stop at the edges, Tab and Enter follow the typing order over the computed cells. No JavaFX: the grid shows it.
 */
final class GridSelection {

    private final boolean[][] computed;
    private final int rows;
    private final int cols;
    private int cursorRow;
    private int cursorCol;
    private int anchorRow;
    private int anchorCol;

    /**
     * Starts on the first cell the clerk types (row by row), or the first cell when all are computed.
     *
     * @param computed by row and column: the cells that are computed from others, so never typed
     */
    GridSelection(boolean[][] computed) {
        this.computed = computed;
        this.rows = computed.length;
        this.cols = rows == 0 ? 0 : computed[0].length;
        for (int i = 0; i < rows * cols; i++) {
            if (!computed[i / cols][i % cols]) {
                moveTo(i / cols, i % cols, false);
                return;
            }
        }
    }

    int cursorRow() {
        return cursorRow;
    }

    int cursorCol() {
        return cursorCol;
    }

    int top() {
        return Math.min(anchorRow, cursorRow);
    }

    int left() {
        return Math.min(anchorCol, cursorCol);
    }

    int bottom() {
        return Math.max(anchorRow, cursorRow);
    }

    int right() {
        return Math.max(anchorCol, cursorCol);
    }

    /** How many rows the block selected has. */
    int height() {
        return bottom() - top() + 1;
    }

    /** How many columns the block selected has. */
    int width() {
        return right() - left() + 1;
    }

    /** Whether more than the cursor cell is selected. */
    boolean isBlock() {
        return anchorRow != cursorRow || anchorCol != cursorCol;
    }

    boolean contains(int row, int col) {
        return row >= top() && row <= bottom() && col >= left() && col <= right();
    }

    boolean isCursor(int row, int col) {
        return row == cursorRow && col == cursorCol;
    }

    /**
     * Puts the cursor on a cell.
     *
     * @param extend keeps the anchor (Shift, a drag): the block grows to the cell; otherwise only the cell is selected
     */
    void select(int row, int col, boolean extend) {
        cursorRow = row;
        cursorCol = col;
        if (!extend) {
            collapse();
        }
    }

    /** Like {@link #select}, stopping at the edges of the grid. */
    void moveTo(int row, int col, boolean extend) {
        select(Math.max(0, Math.min(rows - 1, row)), Math.max(0, Math.min(cols - 1, col)), extend);
    }

    /** Selects a block from its top left cell, the cursor at its bottom right. */
    void selectBlock(int top, int left, int height, int width) {
        anchorRow = top;
        anchorCol = left;
        select(top + height - 1, left + width - 1, true);
    }

    void selectAll() {
        selectBlock(0, 0, rows, cols);
    }

    /** Leaves only the cursor cell selected. */
    void collapse() {
        anchorRow = cursorRow;
        anchorCol = cursorCol;
    }

    /**
     * Puts the cursor on the first or the last typed cell in a typing order (coming from the grid before or after
     * this one).
     *
     * @param acrossRow the order of Tab (along the rows) rather than of Enter (down the columns)
     * @return false when every cell is computed
     */
    boolean enter(boolean acrossRow, boolean last) {
        return moveToTyped(last ? rows * cols - 1 : 0, last ? -1 : 1, acrossRow);
    }

    /**
     * Moves along the typing order (Tab: along the row; Enter: down the column), skipping computed cells.
     *
     * @return false at the end of the grid (Tab then leaves the grid)
     */
    boolean step(boolean acrossRow, boolean back) {
        int index = acrossRow ? cursorRow * cols + cursorCol : cursorCol * rows + cursorRow;
        int d = back ? -1 : 1;
        return moveToTyped(index + d, d, acrossRow);
    }

    /** Puts the cursor on the first typed cell from a place in a typing order on, in a direction; false at its end. */
    private boolean moveToTyped(int from, int direction, boolean acrossRow) {
        for (int i = from; i >= 0 && i < rows * cols; i += direction) {
            int r = acrossRow ? i / cols : i % rows;
            int c = acrossRow ? i % cols : i / rows;
            if (!computed[r][c]) {
                moveTo(r, c, false);
                return true;
            }
        }
        return false;
    }
}
