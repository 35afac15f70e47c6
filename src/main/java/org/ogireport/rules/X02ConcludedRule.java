package org.ogireport.rules;

import java.util.List;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.Header;
import org.ogireport.model.Report;

/**
 * the applications the prose says were answered or concluded (答复/办结 N 件) equal table 三's 办理结果总计; those
 * carried over to next year (结转/顺延到下年度 N 件) equal 结转下年度; those carried over from last year (上年结转 N 件)
 * equal 上年结转. A 结转 without a direction is ambiguous and left alone.
 */
final class X02ConcludedRule implements Rule {

    @Override
    public String id() {
        return "X-02";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        ApplicationsTable table = report.catalog().applications();
        Comparisons comparisons = new Comparisons(report, id(), out);
        for (Quote q : Quotes.in(report)) {
            if (!Phrases.isCount(q) || !Phrases.aboutApplications(q)) {
                continue;
            }
            String lead = q.lead();
            Header row;
            if (Phrases.CARRIED_IN.matcher(lead).find()) {
                row = table.carriedIn();
            } else if (Phrases.CARRIED_OUT.matcher(lead).find() || Phrases.CARRIED_OUT.matcher(q.tail()).find()) {
                row = table.carriedOver();
            } else if (Phrases.CONCLUDED.matcher(lead).find() && !Phrases.RECEIVED.matcher(lead).find()) {
                row = table.concluded();
            } else {
                continue;
            }
            comparisons.check(q, q.value(), Table3.totalCells(report, row));
        }
    }
}
