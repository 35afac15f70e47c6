package org.ogireport.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ogireport.format.FormatNotice;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * 一、总体情况 keeps to the length its format's notice sets (30号: “篇幅原则上不超过一千字”), counted as
 * {@link ProseLength} counts; exactly the limit passes. A format that sets none (the trial one) is not judged.
 */
final class X08LengthRule implements Rule {

    @Override
    public String id() {
        return "X-08";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        FormatNotice notice = report.catalog().notice();
        if (!notice.limitsOverview()) {
            return;
        }
        int length = ProseLength.ofOverview(report);
        if (length <= notice.overviewMaxLength()) {
            return;
        }
        Section one = report.catalog().section(SectionKey.OVERVIEW);
        // Point at the fields the longest first: that is where to shorten.
        List<TextField> written = new ArrayList<>(one.texts().stream()
                .filter(t -> !report.text(t.key()).isBlank()).toList());
        written.sort(Comparator.comparingInt((TextField t) -> ProseLength.of(report.text(t.key()))).reversed());
        TextField longest = written.get(0);
        out.add(new Finding(id() + ":" + one.key(), id(), Severity.W, written.stream().map(TextField::key).toList(),
                Messages.get("rule.X-08", one.heading(), length, notice.overviewMaxLength(), notice.name(),
                        length - notice.overviewMaxLength(),
                        longest.heading() != null ? longest.heading() : longest.label(),
                        ProseLength.of(report.text(longest.key())))));
    }
}
