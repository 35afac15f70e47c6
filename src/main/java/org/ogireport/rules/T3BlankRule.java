package org.ogireport.rules;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.TableSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * T3-04: every cell of table 三 holds a number, 0 included; a blank or “/” is not a number. One finding per column
 * (a copy that lost the 总计 column gives one finding, not 25).
 */
final class T3BlankRule implements Rule {

    private static final int NAMES_SHOWN = 5;

    @Override
    public String id() {
        return "T3-04";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        TableSpec table = report.catalog().applications().spec();
        Grid grid = table.grid();
        for (Header col : grid.columns()) {
            List<String> blank = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Header row : grid.rows()) {
                String key = grid.cellKey(row, col);
                if (!report.isFilled(key)) {
                    blank.add(key);
                    if (names.size() < NAMES_SHOWN) {
                        names.add(row.shortName());
                    }
                }
            }
            if (blank.isEmpty()) {
                continue;
            }
            String rows = String.join("、", names) + (blank.size() > names.size() ? Messages.get("rule.andMore") : "");
            out.add(new Finding(id() + ":" + col.key(), id(), Severity.W, blank, Messages.get("rule.T3-04",
                    Messages.get("rule.placeColumn", table.name(), col.shortName()), blank.size(), rows)));
        }
    }
}
