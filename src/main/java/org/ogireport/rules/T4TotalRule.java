package org.ogireport.rules;

import java.util.List;
import org.ogireport.format.ReviewsTable;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/** T4-01: for each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
final class T4TotalRule implements Rule {

    @Override
    public String id() {
        return "T4-01";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        ReviewsTable table = report.catalog().reviews();
        for (ReviewsTable.Group group : table.groups()) {
            List<String> terms = group.outcomes().stream().map(table::cellKey).toList();
            Sums.check(report, id(), group.key(), Messages.get("rule.placeGroup", table.spec().name(), group.name()),
                    table.cellKey(group.total()), group.total().label(), terms,
                    key -> report.catalog().cell(key).orElseThrow().column().label(), out);
        }
    }
}
