package org.ogireport.rules;

import java.util.List;
import org.ogireport.model.Report;

/**
 * One problem found in a report.
 *
 * @param id       the stable identity of this finding within the report (rule id and where), under which the
 *                 clerk's explanation is stored, e.g. {@code T3-01:np}
 * @param rule     the rule id of spec §6, e.g. {@code T3-01}
 * @param severity how serious it is
 * @param cells    the cell keys or text keys it points at, the most telling first
 * @param message  what is wrong, in plain words, with the expression and both sides
 */
public record Finding(String id, String rule, Severity severity, List<String> cells, String message) {

    public Finding {
        cells = List.copyOf(cells);
    }

    /** Whether a written explanation (出错说明) can answer it: only a warning; an error must be fixed. */
    public boolean isExplainable() {
        return severity == Severity.W;
    }

    /**
     * The clerk's explanation of this finding stored in the report, or null. An error or a hint has none even when
     * one is stored under its id (a file may carry one): an error cannot be explained away.
     */
    public String explanationIn(Report report) {
        return isExplainable() ? report.explanation(id) : null;
    }

    /** Whether it still wants the clerk's attention in a report: an error always, a warning until explained. */
    public boolean isOpenIn(Report report) {
        return severity == Severity.E || isExplainable() && explanationIn(report) == null;
    }
}
