package org.ogireport.rules;

import java.util.List;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Derivation;
import org.ogireport.format.TableSpec;
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
        TableSpec table = report.catalog().table("t4");
        for (Derivation d : table.derivations()) {
            CellSpec total = report.catalog().cell(d.target()).orElseThrow();
            List<String> path = total.column().path();
            String group = path.get(path.size() - 2);
            String groupKey = total.column().key().substring(0, total.column().key().indexOf('.'));
            Sums.check(report, id(), groupKey, Messages.get("rule.placeGroup", table.name(), group),
                    d.target(), total.column().label(), d.terms(),
                    key -> report.catalog().cell(key).orElseThrow().column().label(), out);
        }
    }
}
