package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.List;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/** Y-01: for each column of table 三, this year's 上年结转 equals last year's 结转下年度. */
final class Y01CarryOverRule implements CrossYearRule {

    @Override
    public String id() {
        return "Y-01";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        if (previousYear == null) {
            return;
        }
        ApplicationsTable table = report.catalog().applications();
        ApplicationsTable lastTable = previousYear.catalog().applications();
        Grid grid = table.grid();
        Header carriedIn = table.carriedIn();
        Header lastCarriedOut = lastTable.carriedOver();
        for (Header col : grid.columns()) {
            String now = grid.cellKey(carriedIn, col);
            String then = lastTable.grid().cellKey(lastCarriedOut, lastTable.grid().column(col.key()));
            BigDecimal a = report.value(now);
            BigDecimal b = previousYear.value(then);
            if (a == null && b == null) {
                continue;
            }
            BigDecimal x = a == null ? BigDecimal.ZERO : a;
            BigDecimal y = b == null ? BigDecimal.ZERO : b;
            if (x.compareTo(y) != 0) {
                out.add(new Finding(id() + ":" + col.key(), id(), Severity.E, List.of(now), Messages.get("rule.Y-01",
                        Messages.get("rule.placeColumn", table.spec().name(), col.shortName()),
                        carriedIn.shortName(), Sums.show(report, now), previousYear.year(),
                        lastCarriedOut.shortName(), Sums.show(previousYear, then), x.subtract(y).abs())));
            }
        }
    }
}
