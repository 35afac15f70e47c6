package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * the number of applications received that the prose states (受理/收到/新收 N 件; 未收到…申请 is 0) equals table
 * 三's 本年新收 总计, or 本年新收 + 上年结转 when the text says the count includes last year's carry-over.
 */
final class X01ReceivedRule implements Rule {

    /**
     * 未收到政府信息公开申请: a statement of none. Not 未受理 (an application may be received and not accepted), and only
     * the words for these applications in between (对未受理的申请, 申请人未收到 say something else).
     */
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
        Comparisons comparisons = new Comparisons(report, id(), out);
        for (Quote q : Quotes.in(report)) {
            if (isReceivedCount(q)) {
                boolean wide = Phrases.INCLUDES_CARRIED_IN.matcher(q.after()).find();
                comparisons.check(q.textKey(), q.snippet(), q.value(), wide ? withCarriedIn : received, null,
                        Messages.get("rule.X-01.scope"));
            }
        }
        for (TextField field : report.catalog().texts()) {
            String text = report.texts().get(field.key());
            Matcher m = text == null ? null : NONE_RECEIVED.matcher(text);
            while (m != null && m.find()) {
                comparisons.check(field.key(), m.group(), BigDecimal.ZERO, received, null,
                        Messages.get("rule.X-01.scope"));
            }
        }
    }

    static boolean isReceivedCount(Quote q) {
        String lead = q.lead();
        return Phrases.isCount(q) && Phrases.RECEIVED.matcher(lead).find()
                && !Phrases.CARRIED_IN.matcher(lead).find() && !Phrases.CONCLUDED.matcher(lead).find()
                && !Phrases.CARRIED_OUT.matcher(lead).find() && !Phrases.CARRIED_OUT.matcher(q.tail()).find()
                && Phrases.aboutApplications(q);
    }
}
