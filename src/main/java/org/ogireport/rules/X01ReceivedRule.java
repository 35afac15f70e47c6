package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;

/**
 * the number of applications received that the prose states (受理/收到/新收 N 件; 未收到…申请 is 0) equals table
 * 三's 本年新收 总计, or 本年新收 + 上年结转 when the text says the count includes last year's carry-over. The message quotes
 * the whole sentence, and says what may explain a difference (see {@link #hint}).
 */
final class X01ReceivedRule implements Rule {

    /**
     * 未收到政府信息公开申请: a statement of none. Not 未受理 (an application may be received and not accepted), and only
     * the words for these applications in between (对未受理的申请, 申请人未收到 say something else).
     */
    /** The organs that write both a report of 本政府机关 and one of the whole area, whose figures get mixed. */
    private static final Set<OrganKind> GOVERNMENTS = EnumSet.of(OrganKind.PROVINCIAL_GOVERNMENT,
            OrganKind.CITY_GOVERNMENT, OrganKind.COUNTY_GOVERNMENT);

    private static final Pattern NONE_RECEIVED = Pattern.compile(
            "(未|没有)(收到|接到)过?(任何)?(政府信息公开|信息公开|依申请公开|公开)?申请(?![人书表材])");

    @Override
    public String id() {
        return "X-01";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        ApplicationsTable table = report.catalog().applications();
        List<String> received = Table3.totalCells(report, table.received());
        if (received.isEmpty()) {
            return;
        }
        List<String> withCarriedIn = Table3.totalCells(report, table.received(), table.carriedIn());
        boolean government = GOVERNMENTS.contains(report.organ().kind());
        Comparisons comparisons = new Comparisons(report, id(), out);
        for (Quote q : Quotes.in(report)) {
            if (isReceivedCount(q)) {
                boolean wide = Phrases.INCLUDES_CARRIED_IN.matcher(q.after()).find();
                List<String> cells = wide ? withCarriedIn : received;
                String hint = hint(report, q.value(), wide ? received : withCarriedIn, wide, government);
                comparisons.check(q.textKey(), q.sentence(), q.value(), cells, null, hint);
            }
        }
        for (TextField field : report.catalog().texts()) {
            String text = report.texts().get(field.key());
            Matcher m = text == null ? null : NONE_RECEIVED.matcher(text);
            while (m != null && m.find()) {
                String said = Quotes.sentenceAround(text, m.start(), m.end());
                comparisons.check(field.key(), said, BigDecimal.ZERO, received, null,
                        government ? Messages.get("rule.X-01.scope") : "");
            }
        }
    }

    /**
     * What may explain a count that differs from the table: it is the other sum (本年新收 alone, or with 上年结转) and
     * the words do not say which; or, in a government's report, the usual mix of 本政府机关 figures in the text with
     * the whole area's in the table; nothing otherwise.
     */
    private static String hint(Report report, BigDecimal stated, List<String> otherCells, boolean wide,
                               boolean government) {
        if (Sums.sum(report, otherCells).compareTo(stated) == 0) {
            ApplicationsTable table = report.catalog().applications();
            return Messages.get(wide ? "rule.X-01.notWide" : "rule.X-01.wide", table.received().shortName(),
                    table.carriedIn().shortName());
        }
        return government ? Messages.get("rule.X-01.scope") : "";
    }

    static boolean isReceivedCount(Quote q) {
        String lead = q.lead();
        return Phrases.isCount(q) && Phrases.RECEIVED.matcher(lead).find()
                && !Phrases.CARRIED_IN.matcher(lead).find() && !Phrases.CONCLUDED.matcher(lead).find()
                && !Phrases.CARRIED_OUT.matcher(lead).find() && !Phrases.CARRIED_OUT.matcher(q.tail()).find()
                && Phrases.aboutApplications(q);
    }
}
