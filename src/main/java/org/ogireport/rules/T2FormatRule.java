package org.ogireport.rules;

import java.util.List;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.TableId;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/** T2-04: a report of 2021 or later uses the 2021 tables, not the 2019 trial ones (spec §7). */
final class T2FormatRule implements Rule {

    @Override
    public String id() {
        return "T2-04";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        FormatVersion due = FormatVersion.forYear(report.year());
        if (report.formatVersion() == FormatVersion.V2019 && due != FormatVersion.V2019) {
            String first = report.catalog().cellsOf(TableId.T2).get(0).key();
            out.add(new Finding(id(), id(), Severity.E, List.of(first), Messages.get("rule.T2-04", report.year(),
                    report.formatVersion().id(), due.id(), report.catalog().published().spec().name())));
        }
    }
}
