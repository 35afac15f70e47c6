package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * 缴纳费用 above 0), section 六 says something about the 信息处理费 (the official template: “收取信息处理费情况在此处报告”);
 * and a fee the prose states (信息处理费 3940 元) equals the number given.
 */
final class X06FeeRule implements Rule {

    private static final Pattern ABOUT_FEES = Pattern.compile("处理费|收费|收取费用|费用");
    private static final Pattern FEE_WORD = Pattern.compile("处理费");
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

        if (report.number(fee.key()) != null) {
            Comparisons comparisons = new Comparisons(report, id(), out);
            for (Quote q : Quotes.in(report)) {
                boolean yuan = q.unit().equals("元");
                if ((yuan || q.unit().equals("万元")) && FEE_WORD.matcher(q.lead()).find()) {
                    BigDecimal stated = yuan ? q.value() : q.value().multiply(WAN);
                    comparisons.check(q, stated, List.of(fee.key()));
                }
            }
        }
    }
}
