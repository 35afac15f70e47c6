package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.List;
import org.ogireport.format.CellSpec;
import org.ogireport.format.TableId;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;
import org.ogireport.model.Report;

/**
 * T2-01, T3-05, T4-02: the cells of a table hold numbers ≥ 0 (the trial table 二's 本年增/减 may be negative). Counts
 * are whole numbers by construction (the model keeps them as 64-bit integers and readers refuse fractions), so what is
 * left to check is the sign.
 */
final class NonNegativeRule implements Rule {

    private final String id;
    private final TableId table;

    NonNegativeRule(String id, TableId table) {
        this.id = id;
        this.table = table;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        for (CellSpec cell : report.catalog().cellsOf(table)) {
            BigDecimal v = report.value(cell.key());
            if (v != null && v.signum() < 0 && !cell.kind().allowsNegative()) {
                out.add(new Finding(id + ":" + cell.key(), id, Severity.E, List.of(cell.key()),
                        Messages.get(cell.kind().isInteger() ? "rule.negativeCount" : "rule.negativeAmount",
                                CellInput.place(report.catalog(), cell), v)));
            }
        }
    }
}
