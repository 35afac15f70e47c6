package org.ogireport.ui.grid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;

/** The cells of a report that is only shown, not edited nor checked (an import's preview). */
public record ShownCells(Report report) implements GridCells {

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public Severity mark(String cellKey) {
        return null;
    }

    @Override
    public List<Finding> findingsAt(String cellKey) {
        return List.of();
    }

    @Override
    public boolean isOpen(Finding finding) {
        return false;
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
