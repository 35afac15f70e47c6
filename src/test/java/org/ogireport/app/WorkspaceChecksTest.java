package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Report;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.TestClock;
import org.ogireport.util.UserException;

/** The counts a save stores, the check report use case, and the dates the clock gives. */
class WorkspaceChecksTest {

    @TempDir
    Path dir;

    @Test
    void aSaveCountsErrorsAlwaysAndOnlyUnexplainedWarnings() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            Report r = Fixtures.load(Fixtures.HONGZE_2023);
            ws.save(r, "test");
            DraftInfo before = ws.listDrafts().get(0);
            assertThat(before.errors()).isEqualTo(2);
            assertThat(before.warnings()).isEqualTo(1);
            r.setExplanation("X-07:art50", "考核情况另见专栏");
            r.setExplanation("T4-01:rev", "按印刷稿");
            ws.save(r, "explained");
            DraftInfo after = ws.listDrafts().get(0);
            assertThat(after.errors()).as("an error is not explained away").isEqualTo(2);
            assertThat(after.warnings()).isZero();
        }
    }

    @Test
    void writesACheckReportAndRefusesAnUnknownFormatOrAnExistingFile() throws IOException {
        Report r = Fixtures.load(Fixtures.HONGZE_2023);
        Path html = dir.resolve("check.html");
        Workspace.writeCheckReport(r, Workspace.validateAlone(r), "html", html, false);
        assertThat(Files.readString(html)).contains("T4-01");
        assertThatThrownBy(() -> Workspace.writeCheckReport(r, Workspace.validateAlone(r), "html", html, false))
                .isInstanceOf(UserException.class);
        assertThatThrownBy(() -> Workspace.writeCheckReport(r, Workspace.validateAlone(r), "odt",
                dir.resolve("x.odt"), false)).isInstanceOf(UserException.class).hasMessageContaining("docx、html");
        assertThat(dir.resolve("x.odt")).doesNotExist();
    }

    @Test
    void aCheckReportIsDatedByTheClock() throws IOException {
        Report r = Fixtures.load(Fixtures.HONGZE_2023);
        Path html = dir.resolve("check.html");
        Workspace.writeCheckReport(r, Workspace.validateAlone(r), "html", html, false, new TestClock());
        assertThat(Files.readString(html)).contains("检查日期：2025年1月10日",
                "报送期限 2024年1月31日（县级人民政府的年报），已过 345 天");
    }

    /**
     * A check report names the stored revision it checked while the report is that revision, and the digest of
     * the content otherwise (an edit not yet saved), so that the same words never stand for two versions.
     */
    @Test
    void theVersionCheckedIsTheCurrentRevisionOrTheContentsDigest() {
        TestClock clock = new TestClock();
        try (Workspace ws = Workspace.open(dir.resolve("data"), clock)) {
            Report r = Fixtures.load(Fixtures.HONGZE_2023);
            long revision = ws.save(r, "test");
            assertThat(ws.versionOf(r)).isEqualTo("第 " + revision + " 号修订，2025年1月10日 10:00 保存");
            Report edited = r.copy();
            edited.setText("s6.text", "无。");
            assertThat(ws.versionOf(edited)).isEqualTo(Workspace.contentVersion(edited))
                    .startsWith("内容摘要 SHA-256 ").hasSize("内容摘要 SHA-256 ".length() + 64);
            assertThat(Workspace.contentVersion(edited)).isNotEqualTo(Workspace.contentVersion(r));
        }
    }

    @Test
    void theYearDueIsTheYearBeforeTheClocksToday() {
        TestClock clock = new TestClock();
        try (Workspace ws = Workspace.open(dir.resolve("data"), clock)) {
            assertThat(ws.yearDue()).isEqualTo(2024);
            clock.now = java.time.Instant.parse("2025-12-31T16:00:00Z"); // 1 January 2026 in Beijing
            assertThat(ws.yearDue()).isEqualTo(2025);
        }
    }
}
