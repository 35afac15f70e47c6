package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.List;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.Header;
import org.ogireport.model.Report;

/**
 * The counts of table 三 that the prose of 一（二）依申请公开情况 states, read from exactly the cells that
 * compare such a statement with: a sentence built from them agrees with the table by construction (the window's
 * 插入表格数字). A count is null while its cells are not filled.
 *
 * @param received   本年新收
 * @param carriedIn  上年结转
 * @param concluded  办理结果总计
 * @param carriedOut 结转下年度
 */
public record ApplicationCounts(BigDecimal received, BigDecimal carriedIn, BigDecimal concluded,
                                BigDecimal carriedOut) {

    public static ApplicationCounts of(Report report) {
        ApplicationsTable table = report.catalog().applications();
        return new ApplicationCounts(total(report, table.received()), total(report, table.carriedIn()),
                total(report, table.concluded()), total(report, table.carriedOver()));
    }

    /** Whether the counts a sentence needs (received, concluded, carried out) are all filled. */
    public boolean isComplete() {
        return received != null && concluded != null && carriedOut != null;
    }

    private static BigDecimal total(Report report, Header row) {
        List<String> cells = Table3.totalCells(report, row);
        return cells.isEmpty() ? null : Sums.sum(report, cells);
    }
}
