package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;

/** D-01: the deadlines of spec §8 by organ kind and scope, and how a day stands against them. */
class DeadlineTest {

    @Test
    void everyOwnReportIsDueOnTheThirtyFirstOfJanuary() {
        for (OrganKind kind : OrganKind.values()) {
            assertThat(Deadline.of(kind, 2024, false).date()).as(kind.id()).isEqualTo(LocalDate.of(2025, 1, 31));
        }
    }

    @Test
    void aGovernmentsAggregateIsDueLaterTheHigherItsLevel() {
        assertThat(Deadline.of(OrganKind.COUNTY_GOVERNMENT, 2024, true).date()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(Deadline.of(OrganKind.CITY_GOVERNMENT, 2024, true).date()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(Deadline.of(OrganKind.PROVINCIAL_GOVERNMENT, 2024, true).date())
                .isEqualTo(LocalDate.of(2025, 3, 31));
        // Any other aggregate (a 垂直管理 system's): the outer limit of 条例 art. 49.
        assertThat(Deadline.of(OrganKind.PROVINCIAL_DEPARTMENT, 2024, true).date())
                .isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Deadline.of(OrganKind.COUNTY_GOVERNMENT, 2024, true).who()).isEqualTo("县级人民政府的汇总年报");
        assertThat(Deadline.of(OrganKind.COUNTY_GOVERNMENT, 2024, false).who()).isEqualTo("县级人民政府的年报");
    }

    @Test
    void aReportIsTakenAsTheOrgansOwnUntilTheModelHasAScope() {
        Report city = Report.newDraft(new Organ("淮安市人民政府", OrganKind.CITY_GOVERNMENT), 2024);
        assertThat(Deadline.of(city)).isEqualTo(Deadline.of(OrganKind.CITY_GOVERNMENT, 2024, false));
    }

    @Test
    void theLastDayIsInTimeTheDayAfterIsLate() {
        Deadline d = Deadline.of(OrganKind.COUNTY_DEPARTMENT, 2024, false);
        LocalDate dayBefore = LocalDate.of(2025, 1, 30);
        LocalDate lastDay = LocalDate.of(2025, 1, 31);
        LocalDate dayAfter = LocalDate.of(2025, 2, 1);
        assertThat(d.isPast(dayBefore)).isFalse();
        assertThat(d.isPast(lastDay)).isFalse();
        assertThat(d.isPast(dayAfter)).isTrue();
        assertThat(d.describe(dayBefore)).isEqualTo("报送期限 2025年1月31日（县级人民政府部门的年报），还有 1 天");
        assertThat(d.describe(lastDay)).endsWith("，今天截止");
        assertThat(d.describe(dayAfter)).endsWith("，已过 1 天");
        assertThat(d.lateNote(dayBefore)).isNull();
        assertThat(d.lateNote(lastDay)).isNull();
        assertThat(d.lateNote(dayAfter)).isEqualTo("导出时已过报送期限（2025年1月31日，县级人民政府部门的年报）1 天：请尽快报送并公开。");
    }
}
