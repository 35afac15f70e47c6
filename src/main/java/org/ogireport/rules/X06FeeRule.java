package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.format.NumberField;
import org.ogireport.format.NumberKey;
import org.ogireport.format.Section;
import org.ogireport.format.TextField;
import org.ogireport.format.TextKey;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * when fees were charged (the 信息处理费 of 六 above 0) or fee notices went unpaid (table 三's row 逾期未按收费通知要求
 * 缴纳费用 above 0), section 六 says something about the 信息处理费 (the official template: “收取信息处理费情况在此处报告”),
 * and does not say that none was charged (未收取信息处理费, 信息处理费：无) while the fee is above 0; and a fee the prose
 * states (信息处理费 3940 元) equals the number given (a blank number is not compared: an imported report has none).
 */
final class X06FeeRule implements Rule {

    private static final Pattern ABOUT_FEES = Pattern.compile("处理费|收费|收取费用|费用");
    private static final Pattern FEE_WORD = Pattern.compile("处理费");
    /** 六 says no fee was charged: 未收取信息处理费, 没有收取任何费用, 无信息处理费收入, 信息处理费：无. */
    private static final Pattern NONE_CHARGED = Pattern.compile(
            "(未|没有|无|不)(向申请人)?(收取|收)过?(任何)?(政府信息公开)?(的)?(信息处理费|处理费|费用)"
                    + "|(无|没有)(任何)?(政府信息公开)?(信息处理费|处理费)"
                    + "|(信息处理费|处理费)(的)?(收取)?(情况)?(为|：|:)?\\s*(无|没有|零)(?=[。；;，,\\s]|$)");
    private static final BigDecimal WAN = BigDecimal.valueOf(10000);

    @Override
    public String id() {
        return "X-06";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        NumberField fee = report.catalog().number(NumberKey.FEE_YUAN);
        Section six = report.catalog().section(fee.section());
        String sixText = Texts.of(report, six);

        List<String> reasons = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        if (Sums.valueOrZero(report, fee.key()).signum() > 0) {
            reasons.add(Sums.side(report, List.of(fee.key())));
            cells.add(fee.key());
        }
        List<String> unpaid = report.catalog().applications().unpaidFees()
                .map(row -> Table3.totalCells(report, row)).orElse(List.of());
        if (Sums.sum(report, unpaid).signum() > 0) {
            reasons.add(Sums.side(report, unpaid));
            cells.addAll(unpaid);
        }
        if (!reasons.isEmpty() && !ABOUT_FEES.matcher(sixText).find()) {
            TextField first = report.catalog().text(TextKey.OTHER_MATTERS);
            cells.add(0, first.key());
            out.add(new Finding(id() + ":" + first.key(), id(), Severity.W, cells, Messages.get("rule.X-06.missing",
                    FindingPlace.heading(report.catalog(), six.key()), String.join("；", reasons))));
        }
        if (Sums.valueOrZero(report, fee.key()).signum() > 0) {
            checkNoneCharged(report, six, fee, out);
        }

        if (report.number(fee.key()) == null) {
            return;
        }
        Comparisons comparisons = new Comparisons(report, id(), out);
        for (Quote q : Quotes.in(report)) {
            boolean yuan = q.unit().equals("元");
            if ((yuan || q.unit().equals("万元")) && FEE_WORD.matcher(q.lead()).find()) {
                BigDecimal stated = yuan ? q.value() : q.value().multiply(WAN);
                comparisons.check(q, stated, List.of(fee.key()));
            }
        }
    }

    /** A fee above 0 while 六 says none was charged: one finding per field that says so. */
    private void checkNoneCharged(Report report, Section six, NumberField fee, List<Finding> out) {
        for (TextField field : six.texts()) {
            String text = report.text(field.key());
            Matcher m = NONE_CHARGED.matcher(text);
            if (m.find()) {
                String said = Quotes.sentenceAround(text, m.start(), m.end());
                out.add(new Finding(id() + ":" + field.key() + ":none", id(), Severity.W,
                        List.of(field.key(), fee.key()), Messages.get("rule.X-06.none",
                        FindingPlace.describe(report.catalog(), field.key()), said,
                        Sums.side(report, List.of(fee.key())))));
            }
        }
    }
}
