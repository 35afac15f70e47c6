package org.ogireport.rules;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.model.Report;

/** Reading table 三 for the rules that compare prose with it. */
final class Table3 {

    private Table3() {
    }

    /**
     * The cells that give the 总计 of some rows: each row's 总计 cell, or its applicant cells when the 总计 is blank (a
     * copy that lost the column); empty when every cell of those rows is blank.
     */
    static List<String> totalCells(Report report, List<Header> rows) {
        ApplicationsTable table = report.catalog().applications();
        Grid grid = table.grid();
        List<String> keys = new ArrayList<>();
        for (Header row : rows) {
            String totalKey = grid.cellKey(row, table.total());
            if (report.isFilled(totalKey)) {
                keys.add(totalKey);
            } else {
                table.applicants().stream().map(c -> grid.cellKey(row, c)).filter(report::isFilled).forEach(keys::add);
            }
        }
        return keys;
    }

    static List<String> totalCells(Report report, Header... rows) {
        return totalCells(report, List.of(rows));
    }
}
