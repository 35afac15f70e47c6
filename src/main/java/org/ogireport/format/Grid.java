package org.ogireport.format;

import java.util.List;
import java.util.Objects;

/**
 * A rectangular part of a table as printed: row headers down the left, column headers across the top, one cell
 * per row × column. Table 二 is four (or five) small grids, each under its own title row; tables 三 and 四 are one
 * grid each.
 *
 * @param table    the table it belongs to
 * @param title    the merged title row above the grid (table 二's 第二十条第（一）项), or null
 * @param corner   the text of the top-left cell (信息内容, or table 三's 勾稽关系 note), or null
 * @param rows     the rows, top to bottom
 * @param columns  the columns, left to right
 */
public record Grid(TableId table, String title, String corner, List<Header> rows, List<Header> columns) {

    public Grid {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** The id of the table it belongs to ({@code t2}, {@code t3}, {@code t4}). */
    public String tableId() {
        return table.key();
    }

    public Header row(String key) {
        return rows.stream().filter(r -> Objects.equals(r.key(), key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + key + " in " + tableId()));
    }

    public Header column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + key + " in " + tableId()));
    }

    /** The cell key of a row and column, e.g. {@code t3.r1.np}, {@code t2.reg.issued}, {@code t4.rev.total}. */
    public String cellKey(Header row, Header column) {
        return row.key() == null
                ? tableId() + "." + column.key()
                : tableId() + "." + row.key() + "." + column.key();
    }

    @Override
    public String toString() {
        return "Grid[" + tableId() + (title == null ? "" : " " + title) + ", " + rows.size() + "×" + columns.size()
                + "]";
    }
}
