package org.ogireport.rules;

import org.ogireport.format.Grid;
import org.ogireport.model.Report;

/** Reading table 二 for the rules. */
final class Table2 {

    static final String TABLE = "t2";
    static final String ISSUED = "issued";
    static final String REPEALED = "repealed";
    static final String IN_FORCE = "in_force";

    private Table2() {
    }

    /** The grid of 规章 and 行政规范性文件 with the 制发 / 废止 / 现行有效 columns, or null in a format without them. */
    static Grid documentsGrid(Report report) {
        for (Grid g : report.catalog().table(TABLE).grids()) {
            if (g.columns().stream().anyMatch(c -> c.key().equals(IN_FORCE))) {
                return g;
            }
        }
        return null;
    }
}
