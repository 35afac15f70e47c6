package org.ogireport.rules;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.model.Report;

/** Reading table 三 for the rules that compare prose with it. */
final class Table3 {

    static final String TABLE = "t3";
    static final String TOTAL_COLUMN = "tot";

    private Table3() {
    }

    static Grid grid(Report report) {
        return report.catalog().table(TABLE).grid();
    }

    /**
     * The cells that give the 总计 of some rows: each row's 总计 cell, or its applicant cells when the 总计 is blank (a
     * copy that lost the column); empty when every cell of those rows is blank.
     */
    static List<String> totalCells(Report report, List<Header> rows) {
        Grid grid = grid(report);
        Header total = grid.column(TOTAL_COLUMN);
        List<String> keys = new ArrayList<>();
        for (Header row : rows) {
            String totalKey = grid.cellKey(row, total);
            if (report.isFilled(totalKey)) {
                keys.add(totalKey);
            } else {
                grid.columns().stream().filter(c -> c != total).map(c -> grid.cellKey(row, c))
                        .filter(report::isFilled).forEach(keys::add);
            }
        }
        return keys;
    }

    static List<String> totalCells(Report report, String... rowKeys) {
        Grid grid = grid(report);
        return totalCells(report, java.util.Arrays.stream(rowKeys).map(grid::row).toList());
    }
}
