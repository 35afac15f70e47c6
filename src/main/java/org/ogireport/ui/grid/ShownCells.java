package org.ogireport.ui.grid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;

/**
 * The cells of a report that is only shown, not edited (an import's preview, a unit's report as received, an
 * aggregate), with the findings it was checked with, if any, marked on their cells.
 */
public record ShownCells(Report report, List<Finding> findings) implements GridCells {

    public ShownCells {
        findings = List.copyOf(findings);
    }

    /** A report shown without findings. */
    public ShownCells(Report report) {
        this(report, List.of());
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public Severity mark(String cellKey) {
        Severity worst = null;
        for (Finding f : findingsAt(cellKey)) {
            if (isOpen(f) && (f.severity() == Severity.E || f.severity() == Severity.W && worst == null)) {
                worst = f.severity();
            }
        }
        return worst;
    }

    @Override
    public List<Finding> findingsAt(String cellKey) {
        return findings.stream().filter(f -> f.cells().contains(cellKey)).toList();
    }

    @Override
    public boolean isOpen(Finding finding) {
        return finding.isOpenIn(report);
    }

    @Override
    public String setCellText(String cellKey, String text) {
        throw new UnsupportedOperationException("shown only");
    }

    @Override
    public String setCells(Map<String, BigDecimal> values) {
        throw new UnsupportedOperationException("shown only");
    }

    @Override
    public void onChange(Runnable listener) {
        // Nothing changes it.
    }
}
