package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogireport.format.Section;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/** Comparing a number the prose states with the table cells it should equal (the X rules). */
final class Texts {

    private Texts() {
    }

    /** All the prose of a section, its fields one after another. */
    static String of(Report report, Section section) {
        StringBuilder sb = new StringBuilder();
        section.texts().forEach(f -> sb.append(report.text(f.key())).append('\n'));
        return sb.toString();
    }

    /** A pattern matching any of some words, the longest first so that a word is not read as a shorter one inside it. */
    static Pattern alternation(Collection<String> words) {
        return Pattern.compile(String.join("|", words.stream().sorted(Comparator.comparingInt(String::length)
                .reversed()).map(Pattern::quote).toList()));
    }

    static void compare(Report report, String rule, Quote q, BigDecimal quoted, List<String> cells, Set<String> seen,
                        List<Finding> out, String hint) {
        compare(report, rule, q.textKey(), q.snippet(), quoted, cells, seen, out, hint);
    }

    /**
     * Adds a warning when a stated number differs from the sum of some cells; nothing when the cells are all blank
     * (T3-04 and the like say so) or the same statement was already reported.
     *
     * @param snippet the words of the statement, quoted in the message
     * @param hint    a sentence added to the message (what may explain the difference), or ""
     */
    static void compare(Report report, String rule, String textKey, String snippet, BigDecimal quoted,
                        List<String> cells, Set<String> seen, List<Finding> out, String hint) {
        if (cells.isEmpty()) {
            return;
        }
        BigDecimal table = Sums.sum(report, cells);
        if (table.compareTo(quoted) == 0) {
            return;
        }
        String id = rule + ":" + textKey + ":" + cells.get(0) + ":" + quoted.toPlainString();
        if (!seen.add(id)) {
            return;
        }
        List<String> points = new ArrayList<>();
        points.add(textKey);
        points.addAll(cells);
        out.add(new Finding(id, rule, Severity.W, points,
                Messages.get("rule.quoteMismatch", FindingPlace.describe(report.catalog(), textKey), snippet,
                        Sums.side(report, cells), table.subtract(quoted).abs()) + hint));
    }
}
