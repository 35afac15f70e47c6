package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ogireport.model.Report;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.TestReports;

/** The counts a sentence of 一（二） states are those compare it with. */
class ApplicationCountsTest {

    @Test
    void theCountsAreTheTotalsOfTable3() {
        Report r = Fixtures.load(Fixtures.HUAIAN_2024);
        ApplicationCounts c = ApplicationCounts.of(r);
        assertThat(c.received()).isEqualTo(BigDecimal.valueOf(r.count("t3.r1.tot")));
        assertThat(c.carriedIn()).isEqualTo(BigDecimal.valueOf(r.count("t3.r2.tot")));
        assertThat(c.concluded()).isEqualTo(BigDecimal.valueOf(r.count("t3.r3_7.tot")));
        assertThat(c.carriedOut()).isEqualTo(BigDecimal.valueOf(r.count("t3.r4.tot")));
        assertThat(c.isComplete()).isTrue();
    }

    @Test
    void aRowNotFilledHasNoCount() {
        Report r = TestReports.empty(2024);
        r.setCount("t3.r1.np", 3L);
        ApplicationCounts c = ApplicationCounts.of(r);
        assertThat(c.received()).isEqualByComparingTo("3");
        assertThat(c.concluded()).isNull();
        assertThat(c.isComplete()).isFalse();
    }
}
