package org.ogireport.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Header;
import org.ogireport.format.PublishedTable;
import org.ogireport.format.TextField;
import org.ogireport.model.Report;

/**
 * The draft of a new year begun from last year's report: what carries over by the format's own logic, and the
 * prose as a starting point. Everything else starts empty.
 *
 * <ul>
 *   <li>table 三 上年结转 = last year's 结转下年度继续办理, column by column;</li>
 *   <li>table 二 现行有效件数 as it was, for the clerk to adjust by this year's 制发 and 废止;</li>
 *   <li>the organ's heading style (its 成文日期 is this year's to set);</li>
 *   <li>the prose, copied. A copied text is not marked inside the report: it stays "carried" while it is word
 *       for word last year's ({@link Workspace#carriedTexts}), so the mark cannot outlive a rewrite, and rule
 *       Y-03 watches how much of it is still alike.</li>
 * </ul>
 *
 * @param draft        the new draft (not yet stored)
 * @param carriedCells the cells filled from last year
 * @param carriedTexts the prose fields copied from last year
 * @param notCarried   cells that would carry over but last year's format does not have (the 2019 trial table
 *                     二 has no 现行有效件数)
 */
public record NewYear(Report draft, List<String> carriedCells, List<String> carriedTexts, List<String> notCarried) {

    public NewYear {
        carriedCells = List.copyOf(carriedCells);
        carriedTexts = List.copyOf(carriedTexts);
        notCarried = List.copyOf(notCarried);
    }

    /** Begins the draft of {@code year} from the report of the year before. */
    static NewYear from(Report previous, int year) {
        Report draft = Report.newDraft(previous.organ(), year);
        draft.setHeadingStyle(previous.headingStyle());
        FormatCatalog catalog = draft.catalog();
        List<String> cells = new ArrayList<>();
        List<String> missing = new ArrayList<>();

        ApplicationsTable t3 = catalog.applications();
        ApplicationsTable lastT3 = previous.catalog().applications();
        for (Header col : t3.grid().columns()) {
            carry(previous, draft, lastT3.grid().cellKey(lastT3.carriedOver(), col),
                    t3.grid().cellKey(t3.carriedIn(), col), cells, missing);
        }
        PublishedTable t2 = catalog.published();
        if (t2.documentCounts().isPresent()) {
            Header inForce = t2.documentCounts().get().inForce();
            for (Header row : t2.documents().rows()) {
                String key = t2.documents().cellKey(row, inForce);
                carry(previous, draft, key, key, cells, missing);
            }
        }

        List<String> texts = new ArrayList<>();
        for (TextField field : catalog.texts()) {
            if (previous.catalog().text(field.key()).isPresent() && !previous.text(field.key()).isBlank()) {
                draft.setText(field.key(), previous.text(field.key()));
                texts.add(field.key());
            }
        }
        return new NewYear(draft, cells, texts, missing);
    }

    private static void carry(Report previous, Report draft, String from, String to, List<String> cells,
                              List<String> missing) {
        if (draft.catalog().cell(to).orElseThrow().isDerived()) {
            return; // computed in the draft from the cells carried
        }
        if (previous.catalog().cell(from).isEmpty()) {
            missing.add(to);
            return;
        }
        BigDecimal value = previous.value(from);
        if (value != null) {
            draft.setValue(to, value);
            cells.add(to);
        }
    }
}
