package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatVersion;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/** A new year begins from last year's draft: what carries over, what starts empty, what is refused. */
class NewYearTest {

    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void carriedOverApplicationsAndNumbersInForceAndTheProseAsADraft() {
        Report last = TestReports.full(2023, 4);
        last.setHeadingStyle(HeadingStyle.RUN_IN);
        last.setDated(LocalDate.of(2024, 1, 22));
        ws.save(last, "test");
        String organ = last.organ().name();

        NewYearOutcome o = ws.newYear(organ, 2024, false);
        Report draft = ws.require(organ, 2024);

        assertThat(draft).isEqualTo(o.start().draft());
        assertThat(draft.mode()).isEqualTo(ValueMode.COMPUTED);
        for (String col : new String[] {"np", "biz", "res", "ngo", "law", "oth"}) {
            assertThat(draft.count("t3.r2." + col)).as(col).isEqualTo(last.count("t3.r4." + col));
        }
        assertThat(draft.count("t3.r2.tot")).isEqualTo(last.count("t3.r4.tot"));
        assertThat(draft.count("t2.reg.in_force")).isEqualTo(last.count("t2.reg.in_force"));
        assertThat(draft.count("t2.norm.in_force")).isEqualTo(last.count("t2.norm.in_force"));
        for (CellSpec c : draft.catalog().cells()) {
            boolean carried = c.key().startsWith("t3.r2.") || c.key().endsWith(".in_force");
            assertThat(draft.isFilled(c.key())).as(c.key() + " starts empty unless carried").isEqualTo(carried);
        }
        assertThat(draft.texts()).isEqualTo(last.texts());
        assertThat(draft.number("s6.fee_yuan")).isNull();
        assertThat(draft.headingStyle()).as("the organ's house style").isEqualTo(HeadingStyle.RUN_IN);
        assertThat(draft.dated()).as("dated when it is exported").isNull();
        assertThat(o.start().carriedCells()).hasSize(8);
        assertThat(o.start().carriedTexts()).hasSize(last.texts().size());
        assertThat(o.replacedExisting()).isFalse();
    }

    @Test
    void copiedProseStaysMarkedUntilItIsRewritten() {
        Report last = TestReports.full(2023, 4);
        ws.save(last, "test");
        ws.newYear(last.organ().name(), 2024, false);
        Report draft = ws.require(last.organ().name(), 2024);
        assertThat(ws.carriedTexts(draft)).containsExactlyInAnyOrderElementsOf(last.texts().keySet());

        draft.setText("s1.active", "今年重新写的主动公开情况。");
        ws.save(draft, "test");

        assertThat(ws.carriedTexts(ws.require(last.organ().name(), 2024))).doesNotContain("s1.active")
                .hasSize(last.texts().size() - 1);
    }

    @Test
    void withoutLastYearItIsRefused() {
        assertThatThrownBy(() -> ws.newYear("某某局", 2024, false)).isInstanceOf(UserException.class)
                .hasMessageContaining("某某局").hasMessageContaining("2023");
    }

    @Test
    void anExistingYearIsKeptUnlessReplacedAndThenItStaysARevision() {
        Report last = TestReports.full(2023, 4);
        ws.save(last, "test");
        Report mine = TestReports.full(2024, 8);
        ws.save(mine, "test");
        String organ = last.organ().name();

        assertThatThrownBy(() -> ws.newYear(organ, 2024, false)).isInstanceOf(UserException.class)
                .hasMessageContaining("--force");
        assertThat(ws.require(organ, 2024)).isEqualTo(mine);

        NewYearOutcome o = ws.newYear(organ, 2024, true);

        assertThat(o.replacedExisting()).isTrue();
        assertThat(ws.history(organ, 2024)).hasSize(2);
        long before = ws.history(organ, 2024).get(1).id();
        ws.restoreRevision(organ, 2024, before);
        assertThat(ws.require(organ, 2024)).isEqualTo(mine);
    }

    @Test
    void aPublishedReportOfATrialFormatYearCarriesWhatItHas() {
        Report last = new Report(FormatVersion.V2019, TestReports.ORGAN, 2020, ValueMode.AS_PUBLISHED);
        last.setValue("t3.r4.np", BigDecimal.valueOf(3));
        last.setValue("t3.r4.tot", BigDecimal.valueOf(3));
        last.setValue("t2.reg.total_public", BigDecimal.valueOf(9));
        ws.save(last, "test");

        NewYearOutcome o = ws.newYear(TestReports.ORGAN.name(), 2021, false);

        Report draft = o.start().draft();
        assertThat(draft.formatVersion()).isEqualTo(FormatVersion.V2021);
        assertThat(draft.count("t3.r2.np")).isEqualTo(3);
        assertThat(draft.isFilled("t2.reg.in_force")).isFalse();
        assertThat(o.start().notCarried()).containsExactly("t2.reg.in_force", "t2.norm.in_force");
    }
}
