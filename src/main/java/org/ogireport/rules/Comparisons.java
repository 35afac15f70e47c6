package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * Compares the numbers one X rule finds in the prose with the table cells they should equal, and adds a warning for
 * each statement that differs, once.
 */
final class Comparisons {

    private final Report report;
    private final String rule;
    private final List<Finding> out;
    private final Set<String> reported = new HashSet<>();

    Comparisons(Report report, String rule, List<Finding> out) {
        this.report = report;
        this.rule = rule;
        this.out = out;
    }

    void check(Quote q, BigDecimal stated, List<String> cells) {
        check(q.textKey(), q.snippet(), stated, cells, null, "");
    }

    /**
     * Adds a warning when a stated number differs from the sum of some cells; nothing when the cells are all blank
     * (T3-04 and the like say so).
     *
     * @param snippet the words of the statement, quoted in the message
     * @param side    the table side in words, or null for the cells and their values
     * @param hint    a sentence added to the message (what may explain the difference), or ""
     */
    void check(String textKey, String snippet, BigDecimal stated, List<String> cells, String side, String hint) {
        if (cells.isEmpty()) {
            return;
        }
        BigDecimal table = Sums.sum(report, cells);
        if (table.compareTo(stated) == 0) {
            return;
        }
        String id = rule + ":" + textKey + ":" + cells.get(0) + ":" + stated.toPlainString();
        if (!reported.add(id)) {
            return;
        }
        List<String> points = new ArrayList<>();
        points.add(textKey);
        points.addAll(cells);
        out.add(new Finding(id, rule, Severity.W, points, Messages.get("rule.quoteMismatch",
                FindingPlace.describe(report.catalog(), textKey), snippet,
                side == null ? Sums.side(report, cells) : side, table.subtract(stated).abs()) + hint));
    }

    /** Whether a finding of this id was not reported yet (and now counts as reported). */
    boolean firstTime(String id) {
        return reported.add(id);
    }
}
