package org.ogireport.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.format.FormatCatalog;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.rules.Deadline;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingCounts;
import org.ogireport.rules.FindingPlace;
import org.ogireport.rules.RuleSet;
import org.ogireport.rules.Severity;

/**
 * What a 校验报告 shows the reviewer at the 主管部门: which version of which report was checked, how many rules were
 * checked and how many failed (so that "passed" and "not checked" cannot look alike), then every finding, errors
 * first, then warnings, then hints, each with its rule, place, message and the clerk's explanation, and last every
 * rule with its short name, its basis and its result. The Word and HTML writers only lay it out.
 *
 * @param title   校验报告
 * @param subject whose report, which year, which format
 * @param version which version was checked: the revision and when it was saved, or the file and its digest
 * @param date    when it was checked, and when the report is due (D-01)
 * @param summary how many rules were checked, passed, failed and not checked, and how many findings of each kind
 * @param note    what the severities mean for the reviewer
 * @param groups  the findings by severity, errors first; a severity without findings is left out
 * @param rules   every rule of the set with its result
 * @param organ   the organ whose report it is (the file's author)
 */
public record CheckReport(String title, String subject, String version, String date, String summary, String note,
                          List<Group> groups, List<RuleLine> rules, String organ) {

    /** The share of the text width each column of a finding's table takes: rule, place, message, explanation. */
    public static final List<Integer> COLUMN_PERCENT = List.of(14, 20, 43, 23);
    /** The share of each column of the rules' table: rule, name, basis, result. */
    public static final List<Integer> RULE_COLUMN_PERCENT = List.of(10, 25, 40, 25);
    /** A sum of more terms than this is shown as its two sides and the difference, the terms on a line below. */
    static final int MOST_TERMS_INLINE = 6;
    /** "label value + label value + …": the terms of a sum as the rules write them. */
    private static final Pattern LONG_SUM = Pattern.compile(
            "(?:[^：，；+]+? -?[0-9][0-9.]* \\+ ){" + MOST_TERMS_INLINE + ",}[^：，；+]+? -?[0-9][0-9.]*");

    /** The findings of one severity. */
    public record Group(String heading, Severity severity, List<Line> lines) {
    }

    /**
     * One finding.
     *
     * @param ruleIds     the rule's id, or the ids of the rules a finding stands for (跨年检查 not made)
     * @param ruleName    the rule's short name, or "" when it has none
     * @param message     what is wrong; a long sum's terms replaced by how many they are
     * @param terms       a long sum's terms, shown smaller under the message, or null
     * @param explanation the clerk's explanation, what stands in for a missing one, or "" for a hint
     * @param explained   whether the clerk has explained it
     */
    public record Line(List<String> ruleIds, String ruleName, Severity severity, String place, String message,
                       String terms, String explanation, boolean explained) {

        public Line {
            ruleIds = List.copyOf(ruleIds);
        }
    }

    /**
     * One rule of the set and how the report fared.
     *
     * @param result  通过, 未检查 and why, or how many errors and warnings it found
     * @param outcome the same as a value, for the writers' colours
     */
    public record RuleLine(String id, String name, String basis, String result, Outcome outcome) {
    }

    /** How a report fared under one rule. */
    public enum Outcome { PASSED, FAILED, NOT_CHECKED }

    /** The column headings of a finding's table, in the order of {@link #COLUMN_PERCENT}. */
    public static List<String> columns() {
        return List.of(Messages.get("check.col.rule"), Messages.get("check.col.place"),
                Messages.get("check.col.message"), Messages.get("check.col.explanation"));
    }

    /** The column headings of the rules' table, in the order of {@link #RULE_COLUMN_PERCENT}. */
    public static List<String> ruleColumns() {
        return List.of(Messages.get("check.col.rule"), Messages.get("check.col.ruleName"),
                Messages.get("check.col.basis"), Messages.get("check.col.result"));
    }

    /**
     * The check report of a report.
     *
     * @param findings what the rules found
     * @param ruleIds  the ids of every rule of the set that was run, in its order
     * @param version  which version of the report was checked, in words
     * @param date     the day it was checked
     */
    public static CheckReport of(Report report, List<Finding> findings, List<String> ruleIds, String version,
                                 LocalDate date) {
        FormatCatalog catalog = report.catalog();
        List<Group> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<Line> lines = new ArrayList<>();
            for (Map.Entry<String, List<Finding>> e : FindingPlace.bySection(catalog, findings).entrySet()) {
                for (Finding f : e.getValue()) {
                    if (f.severity() == severity) {
                        lines.add(line(report, catalog, f));
                    }
                }
            }
            if (!lines.isEmpty()) {
                String heading = switch (severity) {
                    case E -> Messages.get("check.group.errors", lines.size());
                    case W -> Messages.get("check.group.warnings", lines.size());
                    case I -> Messages.get("check.group.hints", lines.size());
                };
                groups.add(new Group(heading, severity, lines));
            }
        }
        List<String> notChecked = notChecked(findings);
        List<RuleLine> rules = new ArrayList<>();
        int failed = 0;
        for (String id : ruleIds) {
            RuleLine rule = ruleLine(id, findings, notChecked, report);
            failed += rule.outcome() == Outcome.FAILED ? 1 : 0;
            rules.add(rule);
        }
        int checked = ruleIds.size() - notChecked.size();
        String rulesSummary = notChecked.isEmpty()
                ? Messages.get("check.rulesAll", ruleIds.size(), checked - failed, failed)
                : Messages.get("check.rulesSome", ruleIds.size(), checked, checked - failed, failed,
                        notChecked.size(), Messages.get("check.notCheckedWhy", report.year() - 1,
                                String.join("、", notChecked)));
        String summary = rulesSummary + FindingCounts.of(findings, report).summary();
        return new CheckReport(Messages.get("check.title"),
                Messages.get("check.subject", catalog.title(report.organ().name(), report.year()),
                        report.formatVersion().id()),
                Messages.get("check.version", version),
                Messages.get("check.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                        Deadline.of(report).describe(date)), summary,
                Messages.get("check.note"), groups, rules, report.organ().name());
    }

    private static Line line(Report report, FormatCatalog catalog, Finding f) {
        String explanation = f.explanationIn(report);
        String shown = switch (f.severity()) {
            case E -> Messages.get("check.mustFix");
            case W -> explanation == null ? Messages.get("check.unexplained") : explanation;
            case I -> explanation == null ? "" : explanation; // the reason a Y-04 hint asks for
        };
        List<String> ids = ids(f);
        String message = f.message();
        String terms = null;
        Matcher sum = LONG_SUM.matcher(message);
        if (sum.find()) {
            terms = sum.group();
            int count = terms.split(" \\+ ").length;
            message = message.substring(0, sum.start()) + Messages.get("check.terms", count)
                    + message.substring(sum.end());
        }
        return new Line(ids, ids.size() == 1 ? ruleName(ids.get(0)) : "", f.severity(),
                FindingPlace.describe(catalog, f), message, terms, shown, explanation != null);
    }

    /** The rules a finding stands for: its rule, or the rules of a hint that some were not checked. */
    private static List<String> ids(Finding f) {
        return Arrays.asList(f.rule().split("/"));
    }

    /** The rules the set skipped, as the hint that says so names them (those that need last year's report). */
    private static List<String> notChecked(List<Finding> findings) {
        Set<String> ids = new LinkedHashSet<>();
        findings.stream().filter(f -> f.id().equals(RuleSet.NO_PREVIOUS_YEAR)).forEach(f -> ids.addAll(ids(f)));
        return List.copyOf(ids);
    }

    private static RuleLine ruleLine(String id, List<Finding> findings, List<String> notChecked, Report report) {
        String name = ruleName(id);
        String basis = ruleText(id, "basis");
        if (notChecked.contains(id)) {
            return new RuleLine(id, name, basis, Messages.get("check.result.notChecked", report.year() - 1),
                    Outcome.NOT_CHECKED);
        }
        List<Finding> own = findings.stream().filter(f -> f.rule().equals(id)).toList();
        FindingCounts counts = FindingCounts.of(own, report);
        if (counts.errors() + counts.warnings() == 0) {
            return new RuleLine(id, name, basis, Messages.get("check.result.passed"), Outcome.PASSED);
        }
        String result = counts.errors() > 0 && counts.warnings() > 0
                ? Messages.get("check.result.both", counts.errors(), counts.warnings(), counts.explained())
                : counts.errors() > 0 ? Messages.get("check.result.errors", counts.errors())
                : Messages.get("check.result.warnings", counts.warnings(), counts.explained());
        return new RuleLine(id, name, basis, result, Outcome.FAILED);
    }

    /** A rule's short name (勾稽关系：新收 + 结转 = 办结 + 结转下年), or "" for a rule the bundles do not describe. */
    public static String ruleName(String id) {
        return ruleText(id, "name");
    }

    private static String ruleText(String id, String what) {
        String key = "check.rule." + id + "." + what;
        return Messages.bundle().containsKey(key) ? Messages.get(key) : "";
    }
}
