package org.ogireport.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Header;
import org.ogireport.format.TableId;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;
import org.ogireport.model.Report;

/**
 * T2-02: the 行政事业性收费 amount looks as if it was written in 元 although the table asks for 万元: at least 1000 times
 * last year's, more than 6 decimals (less than one 分), or, without last year's, 1000 亿元 or more (beyond what any
 * single organ collects; a county's fees in 元 land far above it). Up to six decimals say nothing: 万元 to the 分 has
 * exactly six (24252.311082 万元 is a real amount).
 */
final class T2FeeUnitRule implements Rule {

    private static final BigDecimal TIMES_LAST_YEAR = BigDecimal.valueOf(1000);
    /** 万元 to the 分: 0.000001 万元 = 0.01 元. */
    private static final int MAX_DECIMALS = 6;
    private static final BigDecimal IMPLAUSIBLE_WAN = new BigDecimal("10000000");

    @Override
    public String id() {
        return "T2-02";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        // The column in 万元 (2021 table 二); the trial table has no amount for fees.
        Header inWan = report.catalog().published().feesInWan().orElse(null);
        for (CellSpec cell : report.catalog().cellsOf(TableId.T2)) {
            BigDecimal v = cell.column() == inWan ? report.value(cell.key()) : null;
            if (v == null || v.signum() <= 0) {
                continue;
            }
            BigDecimal last = previousYear == null || !previousYear.catalog().isCell(cell.key())
                    ? null : previousYear.value(cell.key());
            List<String> reasons = new ArrayList<>();
            if (last != null && last.signum() > 0 && v.compareTo(last.multiply(TIMES_LAST_YEAR)) >= 0) {
                reasons.add(Messages.get("rule.T2-02.lastYear", previousYear.year(), last.toPlainString(),
                        v.divide(last, 0, RoundingMode.DOWN)));
            }
            int decimals = v.stripTrailingZeros().scale();
            if (decimals > MAX_DECIMALS) {
                reasons.add(Messages.get("rule.T2-02.decimals", decimals));
            }
            if ((last == null || last.signum() == 0) && v.compareTo(IMPLAUSIBLE_WAN) >= 0) {
                reasons.add(Messages.get("rule.T2-02.huge"));
            }
            if (!reasons.isEmpty()) {
                out.add(new Finding(id() + ":" + cell.key(), id(), Severity.W, List.of(cell.key()),
                        Messages.get("rule.T2-02", CellInput.place(report.catalog(), cell), v.toPlainString(),
                                String.join("；", reasons))));
            }
        }
    }
}
