package org.ogireport.format;

import java.util.List;

/**
 * Table 四 by its groups (spec §5): 行政复议, and 行政诉讼 未经复议直接起诉 and 复议后起诉, each with its outcomes and
 * their total, in one row.
 *
 * @param spec   the table
 * @param groups the groups in print order
 */
public record ReviewsTable(TableSpec spec, List<Group> groups) {

    public ReviewsTable {
        groups = List.copyOf(groups);
    }

    /** The cell key of a column (the table has one row). */
    public String cellKey(Header column) {
        Grid grid = spec.grid();
        return grid.cellKey(grid.rows().get(0), column);
    }

    /**
     * One group of columns.
     *
     * @param key      the part of its cell keys that names it ({@code rev}, {@code lit}, {@code lit_rev})
     * @param name     its name in messages (未经复议直接起诉)
     * @param outcomes 结果维持 · 结果纠正 · 其他结果 · 尚未审结
     * @param total    总计, the sum of the outcomes
     */
    public record Group(String key, String name, List<Header> outcomes, Header total) {

        public Group {
            outcomes = List.copyOf(outcomes);
        }
    }
}
