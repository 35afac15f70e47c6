package org.ogireport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ogireport.format.FormatVersion;
import org.ogireport.testing.TestReports;
import org.junit.jupiter.api.Test;

class ReportTest {

    private final Organ organ = new Organ("凤泉区科学技术局", OrganKind.COUNTY_DEPARTMENT);

    @Test
    void notFilledIsDifferentFromZero() {
        Report r = Report.newDraft(organ, 2024);
        assertThat(r.isFilled("t3.r1.np")).isFalse();
        assertThat(r.count("t3.r1.np")).isNull();
        r.setCount("t3.r1.np", 0L);
        assertThat(r.isFilled("t3.r1.np")).isTrue();
        assertThat(r.count("t3.r1.np")).isZero();
        r.clear("t3.r1.np");
        assertThat(r.isFilled("t3.r1.np")).isFalse();
    }

    @Test
    void draftComputesTheTotalColumnAndTheTotalRow() {
        Report r = Report.newDraft(organ, 2024);
        r.setCount("t3.r3_1.np", 3L);
        r.setCount("t3.r3_3_4.biz", 2L);
        r.setCount("t3.r3_6_3.oth", 1L);
        assertThat(r.count("t3.r3_7.np")).isEqualTo(3);
        assertThat(r.count("t3.r3_7.biz")).isEqualTo(2);
        assertThat(r.count("t3.r3_7.oth")).isEqualTo(1);
        assertThat(r.count("t3.r3_1.tot")).isEqualTo(3);
        assertThat(r.count("t3.r3_7.tot")).isEqualTo(6);
        assertThat(r.count("t3.r3_7.res")).as("a total of only empty cells stays empty").isNull();
        r.setCount("t3.r3_1.np", 10L);
        assertThat(r.count("t3.r3_7.tot")).isEqualTo(13);
        r.clear("t3.r3_1.np");
        assertThat(r.count("t3.r3_7.np")).isNull();
        assertThat(r.count("t3.r3_7.tot")).isEqualTo(3);
        assertThat(r.derivedMismatches()).isEmpty();
    }

    @Test
    void draftComputesTable4Totals() {
        Report r = Report.newDraft(organ, 2024);
        r.setCount("t4.rev.upheld", 10L);
        r.setCount("t4.rev.pending", 1L);
        assertThat(r.count("t4.rev.total")).isEqualTo(11);
        assertThat(r.count("t4.lit.total")).isNull();
    }

    @Test
    void derivedCellsCannotBeTypedInADraft() {
        Report r = Report.newDraft(organ, 2024);
        assertThatThrownBy(() -> r.setCount("t3.r1.tot", 5L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.setCount("t4.rev.total", 5L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.setCount("t3.r3_7.np", 5L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishedReportKeepsItsPrintedTotals() {
        Report r = new Report(FormatVersion.V2021, organ, 2023, ValueMode.AS_PUBLISHED);
        r.setCount("t4.rev.upheld", 10L);
        r.setCount("t4.rev.corrected", 1L);
        r.setCount("t4.rev.total", 0L);
        assertThat(r.count("t4.rev.total")).isZero();
        assertThat(r.derivedMismatches()).containsExactly("t4.rev.total");
        r.setMode(ValueMode.COMPUTED);
        assertThat(r.count("t4.rev.total")).isEqualTo(11);
        assertThat(r.derivedMismatches()).isEmpty();
    }

    @Test
    void countsAre64BitAndTheFeeIsExact() {
        Report r = Report.newDraft(organ, 2024);
        r.setCount("t2.penalty.decisions", 3_985_758L);
        r.setCount("t3.r1.np", 5_000_000_000L);
        assertThat(r.count("t3.r1.tot")).isEqualTo(5_000_000_000L);
        r.setAmount("t2.fees.amount_wan", new BigDecimal("59237.2449"));
        assertThat(r.amount("t2.fees.amount_wan")).isEqualByComparingTo("59237.2449");
        assertThat(r.amount("t2.fees.amount_wan").scale()).isEqualTo(4);
        r.setNumber("s6.fee_yuan", new BigDecimal("12.50"));
        assertThat(r.number("s6.fee_yuan").toPlainString()).isEqualTo("12.50");
        assertThatThrownBy(() -> r.count("t2.fees.amount_wan")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.setAmount("t3.r1.np", BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSumThatWouldOverflowIsRefusedAndNothingChanges() {
        Report r = Report.newDraft(organ, 2024);
        r.setCount("t3.r1.np", Long.MAX_VALUE);
        assertThatThrownBy(() -> r.setCount("t3.r1.biz", 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.isFilled("t3.r1.biz")).isFalse();
        assertThat(r.count("t3.r1.tot")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void unknownKeysAndYearsAreRefused() {
        Report r = Report.newDraft(organ, 2024);
        assertThatThrownBy(() -> r.setCount("t3.r9.np", 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.setCount("t3.r3_6.np", 1L)).as("the trial format's row")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.setText("s9.text", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Report.newDraft(organ, 2007)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Report.newDraft(organ, 2101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Report.newDraft(organ, 2020).formatVersion()).isEqualTo(FormatVersion.V2019);
    }

    @Test
    void textsExplanationsAndCopies() {
        Report r = TestReports.full(2024, 1);
        r.setExplanation("X-01", "正文为政府办数字，表格为全区数字。");
        Report copy = r.copy();
        assertThat(copy).isEqualTo(r);
        copy.setText("s1.active", "改过的");
        assertThat(copy).isNotEqualTo(r);
        assertThat(r.text("s1.active")).isNotEqualTo("改过的");
        r.setText("s6.text", "   ");
        assertThat(r.texts()).doesNotContainKey("s6.text");
        assertThat(r.text("s6.text")).isEmpty();
        Report undated = r.copy();
        r.setDated(LocalDate.of(2025, 1, 20));
        assertThat(r).as("the date of issue counts").isNotEqualTo(undated);
        r.setHeadingStyle(HeadingStyle.RUN_IN);
        undated.setDated(LocalDate.of(2025, 1, 20));
        assertThat(r).as("the heading style counts").isNotEqualTo(undated);
        assertThat(r.copy()).isEqualTo(r);
        assertThat(r.copy().dated()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(r.copy().headingStyle()).isEqualTo(HeadingStyle.RUN_IN);
        Report moved = r.copyAs(new Organ("另一个局", OrganKind.OTHER), 2023);
        assertThat(moved.year()).isEqualTo(2023);
        assertThat(moved.count("t3.r1.np")).isEqualTo(r.count("t3.r1.np"));
    }

    @Test
    void organNameIsTrimmedAndRequired() {
        assertThat(new Organ("  淮安市人民政府 ", OrganKind.CITY_GOVERNMENT).name()).isEqualTo("淮安市人民政府");
        assertThatThrownBy(() -> new Organ(" ", OrganKind.OTHER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(OrganKind.fromId("township")).contains(OrganKind.TOWNSHIP);
        assertThat(OrganKind.TOWNSHIP.makesRegulations()).isFalse();
        assertThat(OrganKind.CITY_GOVERNMENT.makesRegulations()).isTrue();
    }
}
