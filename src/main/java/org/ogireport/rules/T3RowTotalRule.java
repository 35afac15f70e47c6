package org.ogireport.rules;

import java.util.List;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/** T3-03: for each row of table 三, 总计 = 自然人 + the five kinds of 法人或其他组织. */
final class T3RowTotalRule implements Rule {

    @Override
    public String id() {
        return "T3-03";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        ApplicationsTable table = report.catalog().applications();
        Grid grid = table.grid();
        Header total = table.total();
        List<Header> applicants = table.applicants();
        for (Header row : grid.rows()) {
            List<String> terms = applicants.stream().map(c -> grid.cellKey(row, c)).toList();
            Sums.check(report, id(), row.key(), Messages.get("rule.placeRow", table.spec().name(), row.shortName()),
                    grid.cellKey(row, total), total.shortName(), terms,
                    key -> report.catalog().cell(key).orElseThrow().column().shortName(), out);
        }
    }
}
