package org.ogireport.ui.draft;

import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.rules.ApplicationCounts;

/**
 * The sentence of 一（二） that states table 三's counts (插入表格数字), so that the prose agrees with the table by
 * construction: the counts are those the rules compare such a sentence with.
 */
final class TableSentence {

    private TableSentence() {
    }

    /** The sentence, or null while table 三 lacks a count it states. */
    static String of(Report report) {
        ApplicationCounts c = ApplicationCounts.of(report);
        if (!c.isComplete()) {
            return null;
        }
        boolean carriedIn = c.carriedIn() != null && c.carriedIn().signum() != 0;
        return carriedIn
                ? Messages.get("ui.insert.sentenceCarriedIn", c.received().toPlainString(),
                c.carriedIn().toPlainString(), c.concluded().toPlainString(), c.carriedOut().toPlainString())
                : Messages.get("ui.insert.sentence", c.received().toPlainString(), c.concluded().toPlainString(),
                c.carriedOut().toPlainString());
    }
}
