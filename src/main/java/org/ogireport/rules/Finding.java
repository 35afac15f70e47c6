package org.ogireport.rules;

import java.util.List;
import org.ogireport.model.Report;

/**
 * One problem found in a report.
 *
 * @param id         the stable identity of this finding within the report (rule id and where), under which the
 *                   clerk's explanation is stored, e.g. {@code T3-01:np}
 * @param rule       the rule id of spec §6, e.g. {@code T3-01}
 * @param severity   how serious it is
 * @param cells      the cell keys or text keys it points at, the most telling first
 * @param message    what is wrong, in plain words, with the expression and both sides
 * @param asksReason whether the clerk may answer it with a written reason (出错说明): every warning, and a hint that
 *                   asks for one (Y-04: a key total jumped); never an error
 */
public record Finding(String id, String rule, Severity severity, List<String> cells, String message,
                      boolean asksReason) {

    public Finding {
        cells = List.copyOf(cells);
        if (asksReason && severity == Severity.E) {
            throw new IllegalArgumentException("an error cannot be explained away: " + id);
        }
    }

    /** A finding that can be explained when it is a warning. */
    public Finding(String id, String rule, Severity severity, List<String> cells, String message) {
        this(id, rule, severity, cells, message, severity == Severity.W);
    }

    /** A hint that asks the clerk for the reason, which is stored like a warning's explanation. */
    static Finding askingReason(String id, String rule, List<String> cells, String message) {
        return new Finding(id, rule, Severity.I, cells, message, true);
    }

    /**
     * Whether a written explanation (出错说明) can answer it: a warning, or a hint that asks for the reason; an error
     * must be fixed.
     */
    public boolean isExplainable() {
        return asksReason;
    }

    /**
     * The clerk's explanation of this finding stored in the report, or null. An error, or a hint that asks for no
     * reason, has none even when one is stored under its id (a file may carry one): an error cannot be explained away.
     */
    public String explanationIn(Report report) {
        return isExplainable() ? report.explanation(id) : null;
    }

    /**
     * Whether it still wants the clerk's attention in a report: an error always, a warning until explained. A hint
     * never does, even one that asks for a reason.
     */
    public boolean isOpenIn(Report report) {
        return severity == Severity.E || severity == Severity.W && explanationIn(report) == null;
    }
}
