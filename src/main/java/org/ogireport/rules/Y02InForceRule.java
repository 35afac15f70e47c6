package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.List;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.PublishedTable;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * Y-02: for 规章 and 行政规范性文件, this year's 现行有效 = last year's 现行有效 + 本年制发 − 本年废止. Needs the 2021 table 二
 * in both years (the trial table counts something else); a report of last year in the trial format gets a hint.
 */
final class Y02InForceRule implements CrossYearRule {

    @Override
    public String id() {
        return "Y-02";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        if (previousYear == null) {
            return;
        }
        PublishedTable table = report.catalog().published();
        if (table.documentCounts().isEmpty()) {
            return;
        }
        Header issued = table.documentCounts().get().issued();
        Header repealed = table.documentCounts().get().repealed();
        Header inForce = table.documentCounts().get().inForce();
        if (previousYear.catalog().published().documentCounts().isEmpty()) {
            out.add(new Finding(id(), id(), Severity.I, List.of(), Messages.get("rule.Y-02.otherFormat",
                    previousYear.year(), previousYear.formatVersion().id(), inForce.shortName())));
            return;
        }
        Grid grid = table.documents();
        for (Header row : grid.rows()) {
            String nowKey = grid.cellKey(row, inForce);
            BigDecimal last = previousYear.value(nowKey);
            BigDecimal now = report.value(nowKey);
            if (last == null || now == null) {
                continue;
            }
            String issuedKey = grid.cellKey(row, issued);
            String repealedKey = grid.cellKey(row, repealed);
            BigDecimal expected = last.add(Sums.valueOrZero(report, issuedKey))
                    .subtract(Sums.valueOrZero(report, repealedKey));
            if (expected.compareTo(now) != 0) {
                out.add(new Finding(id() + ":" + row.key(), id(), Severity.W,
                        List.of(nowKey, issuedKey, repealedKey), Messages.get("rule.Y-02",
                        table.spec().name(), row.label(), previousYear.year(),
                        inForce.shortName(), last, issued.shortName(), Sums.show(report, issuedKey),
                        repealed.shortName(), Sums.show(report, repealedKey), expected, now,
                        expected.subtract(now).abs())));
            }
        }
    }
}
