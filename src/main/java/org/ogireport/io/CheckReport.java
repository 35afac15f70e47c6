package org.ogireport.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogireport.format.FormatCatalog;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.rules.Deadline;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingCounts;
import org.ogireport.rules.FindingPlace;

/**
 * What a 校验报告 shows the clerk's supervisor: every finding of a report with its rule id, severity, place, message
 * and the clerk's explanation, grouped by section in the report's order. The Word and HTML writers only lay it out.
 *
 * @param title   校验报告
 * @param subject whose report, which year, which format
 * @param date    when it was checked, and when the report is due (D-01)
 * @param summary how many errors, warnings (explained) and hints
 * @param note    what the severities mean for the supervisor
 * @param groups  the findings by section; empty when there are none
 */
public record CheckReport(String title, String subject, String date, String summary, String note, List<Group> groups) {

    /** The share of the text width each column takes: rule, severity, place, message, explanation. */
    public static final List<Integer> COLUMN_PERCENT = List.of(11, 11, 18, 38, 22);


    /** The findings of one section. */
    public record Group(String heading, List<Line> lines) {
    }

    /**
     * One finding.
     *
     * @param severity    E, W or I
     * @param explanation the clerk's explanation, what stands in for a missing one, or "" for a hint
     * @param explained   whether the clerk has explained it
     */
    public record Line(String rule, String severity, String severityLabel, String place, String message,
                       String explanation, boolean explained) {
    }

    /** The column headings, in the order of a {@link Line}'s printed fields. */
    public static List<String> columns() {
        return List.of(Messages.get("check.col.rule"), Messages.get("check.col.severity"),
                Messages.get("check.col.place"), Messages.get("check.col.message"),
                Messages.get("check.col.explanation"));
    }

    public static CheckReport of(Report report, List<Finding> findings, LocalDate date) {
        FormatCatalog catalog = report.catalog();
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : FindingPlace.bySection(catalog, findings).entrySet()) {
            List<Line> lines = new ArrayList<>();
            for (Finding f : e.getValue()) {
                String explanation = f.explanationIn(report);
                String shown = switch (f.severity()) {
                    case E -> Messages.get("check.mustFix");
                    case W -> explanation == null ? Messages.get("check.unexplained") : explanation;
                    case I -> explanation == null ? "" : explanation;
                };
                lines.add(new Line(f.rule(), f.severity().name(), Messages.get("severity." + f.severity()),
                        FindingPlace.describe(catalog, f), f.message(), shown, explanation != null));
            }
            groups.add(new Group(FindingPlace.heading(catalog, e.getKey()), lines));
        }
        String summary = FindingCounts.of(findings, report).summary();
        return new CheckReport(Messages.get("check.title"),
                Messages.get("check.subject", catalog.title(report.organ().name(), report.year()),
                        report.formatVersion().id()),
                Messages.get("check.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                        Deadline.of(report).describe(date)), summary,
                Messages.get("check.note"), groups);
    }
}
