package org.ogireport.rules;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.PublishedTable;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;

/**
 * T2-03: an organ without the power to make 规章 (立法法: only 国务院部门 and 省级 / 设区的市级人民政府 have it) reports
 * 0 in every cell of table 二's 规章 row. An organ of kind “other” is not judged: its power is unknown.
 */
final class T2RegulationRule implements Rule {

    @Override
    public String id() {
        return "T2-03";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        OrganKind kind = report.organ().kind();
        if (kind.makesRegulations() || kind == OrganKind.OTHER) {
            return;
        }
        PublishedTable table = report.catalog().published();
        Grid grid = table.documents();
        Header row = table.regulations();
        List<String> cells = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Header col : grid.columns()) {
            String key = grid.cellKey(row, col);
            values.add(col.shortName() + " " + Sums.show(report, key));
            if (Sums.valueOrZero(report, key).signum() != 0) {
                cells.add(key);
            }
        }
        if (!cells.isEmpty()) {
            out.add(new Finding(id() + ":" + row.key(), id(), Severity.E, cells, Messages.get("rule.T2-03",
                    table.spec().name(), row.label(), kind.label(), String.join("、", values))));
        }
    }
}
