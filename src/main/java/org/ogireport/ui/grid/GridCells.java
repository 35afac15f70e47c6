package org.ogireport.ui.grid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;

/**
 * What a {@link ReportGrid} shows and edits of a report: the open draft's session, which checks every edit and makes
 * it undoable, or the cells of a report only shown (an import's preview, {@link ShownCells}).
 */
public interface GridCells {

    /** The report shown (only read through here: edits go through the setters). */
    Report report();

    default FormatCatalog catalog() {
        return report().catalog();
    }

    /** Whether the grid only shows: the cursor moves and copies, nothing types, pastes or empties. */
    boolean isReadOnly();

    /** A cell's value as shown: its digits, or "" when it is not filled (never 0). */
    default String display(String cellKey) {
        BigDecimal v = report().value(cellKey);
        return v == null ? "" : v.toPlainString();
    }

    /** Whether a cell is computed from others (a draft's totals), so that it cannot be typed. */
    default boolean isComputed(CellSpec cell) {
        return report().mode() == ValueMode.COMPUTED && cell.isDerived();
    }

    /** The worst open finding on a cell: E, W (without explanation), or null. */
    Severity mark(String cellKey);

    /** The findings that point at a cell. */
    List<Finding> findingsAt(String cellKey);

    /** Whether a finding still wants the clerk's attention. */
    boolean isOpen(Finding finding);

    /**
     * Sets a cell from what the clerk typed.
     *
     * @return null when done; otherwise a message naming the cell and what is expected, and nothing changed
     */
    String setCellText(String cellKey, String text);

    /** Sets several cells as one edit (a paste, emptying a block); null values empty a cell. */
    String setCells(Map<String, BigDecimal> values);

    /** Called after every change of the report (the grid shows the values and marks again). */
    void onChange(Runnable listener);
}
