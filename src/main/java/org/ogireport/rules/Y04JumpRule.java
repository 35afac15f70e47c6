package org.ogireport.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;
import org.ogireport.model.Report;

/**
 * Y-04: a key total of the catalog ({@code keyTotals}: applications received and concluded, decisions on 行政许可 and
 * 行政处罚, table 四's totals) grew more than five-fold or fell below a fifth against last year, while both years
 * count at least 10: a hint that asks the clerk for the reason (a reorganisation, a campaign), which is stored like a
 * warning's explanation. Exactly five times, or exactly a fifth, passes; small counts jump by chance.
 */
final class Y04JumpRule implements CrossYearRule {

    private static final BigDecimal FACTOR = BigDecimal.valueOf(5);
    private static final BigDecimal MIN_COUNT = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "Y-04";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        if (previousYear == null) {
            return;
        }
        for (String key : report.catalog().keyTotals()) {
            BigDecimal now = report.value(key);
            BigDecimal last = previousYear.catalog().isCell(key) ? previousYear.value(key) : null;
            if (now == null || last == null || now.compareTo(MIN_COUNT) < 0 || last.compareTo(MIN_COUNT) < 0) {
                continue;
            }
            boolean grew = now.compareTo(last.multiply(FACTOR)) > 0;
            boolean fell = now.multiply(FACTOR).compareTo(last) < 0;
            if (!grew && !fell) {
                continue;
            }
            String place = CellInput.place(report.catalog(), report.catalog().cell(key).orElseThrow());
            // Rounded away from the threshold, so that a jump never reads as exactly five times or a fifth.
            String change = grew
                    ? Messages.get("rule.Y-04.grew", now.divide(last, 2, RoundingMode.UP).stripTrailingZeros())
                    : Messages.get("rule.Y-04.fell", now.multiply(HUNDRED).divide(last, 1, RoundingMode.DOWN)
                            .stripTrailingZeros());
            out.add(Finding.askingReason(id() + ":" + key, id(), List.of(key), Messages.get("rule.Y-04", place,
                    report.year(), now, previousYear.year(), last, change, FACTOR)));
        }
    }
}
