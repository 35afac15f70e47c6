package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.List;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/** T3-01, the note printed in table 三: for each column, 本年新收 + 上年结转 = 办理结果总计 + 结转下年度. */
final class T3BalanceRule implements Rule {

    @Override
    public String id() {
        return "T3-01";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        ApplicationsTable table = report.catalog().applications();
        Grid grid = table.grid();
        Header received = table.received();
        Header carriedIn = table.carriedIn();
        Header concluded = table.concluded();
        Header carriedOut = table.carriedOver();
        for (Header col : grid.columns()) {
            String a = grid.cellKey(received, col);
            String b = grid.cellKey(carriedIn, col);
            String c = grid.cellKey(concluded, col);
            String d = grid.cellKey(carriedOut, col);
            if (Sums.allEmpty(report, List.of(a, b, c, d))) {
                continue;
            }
            BigDecimal in = Sums.sum(report, List.of(a, b));
            BigDecimal outSide = Sums.sum(report, List.of(c, d));
            if (in.compareTo(outSide) != 0) {
                String place = Messages.get("rule.placeColumn", table.spec().name(), col.shortName());
                out.add(new Finding(id() + ":" + col.key(), id(), Severity.E, List.of(a, b, c, d),
                        Messages.get("rule.T3-01", place,
                                received.shortName(), Sums.show(report, a), carriedIn.shortName(),
                                Sums.show(report, b), in,
                                concluded.shortName(), Sums.show(report, c), carriedOut.shortName(),
                                Sums.show(report, d), outSide, in.subtract(outSide).abs())));
            }
        }
    }
}
