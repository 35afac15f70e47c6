package org.ogireport.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Scope;

/**
 * D-01: the day a report is due, the year after its own (spec §8, 国办公开办函〔2021〕30号 §二, 条例 art. 49). Every
 * organ's own report — a department's, a 乡镇's or 街道's, and the report of 本政府机关 a government's office writes —
 * by 1月31日; a government's 汇总 (aggregate) by 2月20日 for a county, 3月10日 for a city, 3月31日 for a province; any
 * other aggregate (a 垂直管理 system's) by 3月31日, the outer limit of art. 49. It depends on the day the clerk looks,
 * so it is shown (the cover screen, {@code validate}, an export's summary, the check report) rather than found by the
 * rule set.
 *
 * @param date the last day
 * @param who  what report it is, in words (县级人民政府部门的年报, 县级人民政府的汇总年报)
 */
public record Deadline(LocalDate date, String who) {

    /** The rule id of spec §6. */
    public static final String RULE = "D-01";

    private static final MonthDay OWN = MonthDay.of(1, 31);
    private static final MonthDay COUNTY_AGGREGATE = MonthDay.of(2, 20);
    private static final MonthDay CITY_AGGREGATE = MonthDay.of(3, 10);
    private static final MonthDay OUTER_LIMIT = MonthDay.of(3, 31);

    /** The deadline of a report, by its organ's kind and its scope (an aggregate is due later). */
    public static Deadline of(Report report) {
        return of(report.organ().kind(), report.year(), report.scope() == Scope.AGGREGATE);
    }

    /**
     * The deadline of spec §8's table.
     *
     * @param kind      the organ's kind
     * @param year      the year the report covers; it is due the year after
     * @param aggregate whether the report is the 汇总 of the organ's area rather than its own
     */
    public static Deadline of(OrganKind kind, int year, boolean aggregate) {
        MonthDay day;
        if (!aggregate) {
            day = OWN;
        } else if (kind == OrganKind.COUNTY_GOVERNMENT) {
            day = COUNTY_AGGREGATE;
        } else if (kind == OrganKind.CITY_GOVERNMENT) {
            day = CITY_AGGREGATE;
        } else {
            day = OUTER_LIMIT;
        }
        String who = Messages.get(aggregate ? "rule.D-01.aggregate" : "rule.D-01.own", kind.label());
        return new Deadline(day.atYear(year + 1), who);
    }

    /** Whether a day is after the deadline (the last day itself is in time). */
    public boolean isPast(LocalDate day) {
        return day.isAfter(date);
    }

    /** The days from a day to the deadline; negative when it has passed. */
    public long daysLeft(LocalDate day) {
        return ChronoUnit.DAYS.between(day, date);
    }

    /** The deadline in words: 报送期限 2025年1月31日（县级人民政府部门的年报）. */
    public String describe() {
        return Messages.get("rule.D-01", date.getYear(), date.getMonthValue(), date.getDayOfMonth(), who, date);
    }

    /** The deadline with how it stands on a day: …，还有 12 天 / …，今天截止 / …，已过 3 天. */
    public String describe(LocalDate day) {
        long left = daysLeft(day);
        String status = left > 0 ? Messages.get("rule.D-01.left", left)
                : left == 0 ? Messages.get("rule.D-01.today") : Messages.get("rule.D-01.past", -left);
        return describe() + status;
    }

    /** What an export's summary says when it is written after the deadline, or null when it is in time. */
    public String lateNote(LocalDate day) {
        return isPast(day) ? Messages.get("rule.D-01.late", date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                who, date, -daysLeft(day)) : null;
    }
}
