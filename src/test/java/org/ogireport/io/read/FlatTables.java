package org.ogireport.io.read;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.TableSpec;
import org.ogireport.io.export.TableLayout;
import org.ogireport.model.Report;

/**
 * A table as a copy that lost its merged cells prints it (a page pasted from another site, a table re-typed by a
 * system): laid out by the exports' own {@link TableLayout}, then flattened. In the data rows a label is repeated in
 * every row its merge spanned (三、本年度办理结果 in each of 21 rows) and an empty cell stands in each further
 * column a cell spanned; the header rows keep their words, each once, side by side without spans (总计 in the second
 * header row, far from its numbers in the last column).
 */
final class FlatTables {

    private FlatTables() {
    }

    static List<List<String>> rows(TableSpec table, Report report) {
        TableLayout layout = TableLayout.of(table, report);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < layout.rowCount(); r++) {
            List<String> row = new ArrayList<>();
            if (layout.rowKind(r) == TableLayout.RowKind.DATA) {
                for (int c = 0; c < layout.columnCount(); c++) {
                    TableLayout.Cell cell = covering(layout, r, c);
                    row.add(cell != null && cell.column() == c ? cell.text() : "");
                }
            } else {
                for (TableLayout.Cell cell : layout.cells()) {
                    if (cell.row() == r) {
                        row.add(cell.text());
                    }
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static TableLayout.Cell covering(TableLayout layout, int row, int column) {
        return layout.cellsCovering(row).stream().filter(c -> c.covers(row, column)).findFirst().orElse(null);
    }
}
