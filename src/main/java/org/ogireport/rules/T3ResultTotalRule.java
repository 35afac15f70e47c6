package org.ogireport.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/** T3-02: for each column of table 三, （七）总计 = the sum of the outcome rows （一）…（六）. */
final class T3ResultTotalRule implements Rule {

    @Override
    public String id() {
        return "T3-02";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        ApplicationsTable table = report.catalog().applications();
        Grid grid = table.grid();
        Header total = table.concluded();
        List<Header> outcomes = table.outcomes();
        for (Header col : grid.columns()) {
            Map<String, String> names = outcomes.stream()
                    .collect(Collectors.toMap(r -> grid.cellKey(r, col), Header::shortName));
            List<String> terms = outcomes.stream().map(r -> grid.cellKey(r, col)).toList();
            Sums.check(report, id(), col.key(), Messages.get("rule.placeColumn", table.spec().name(), col.shortName()),
                    grid.cellKey(total, col), total.shortName(), terms, names::get, out);
        }
    }
}
