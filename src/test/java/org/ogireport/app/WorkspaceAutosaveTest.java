package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionCause;
import org.ogireport.model.RevisionInfo;
import org.ogireport.testing.TestClock;
import org.ogireport.testing.TestReports;

/**
 * Autosaving every few seconds keeps one revision per stretch of work; other saves keep their own. The stretches are
 * timed by a test clock.
 */
class WorkspaceAutosaveTest {

    private static final String AUTO = "自动保存";
    private static final String CELL = "t3.r1.np";

    @TempDir
    Path dir;

    @Test
    void consecutiveAutosavesOverwriteTheirOwnRevision() {
        try (Workspace ws = Workspace.open(dir)) {
            Report r = TestReports.empty(2024);
            ws.save(r, "新建");
            r.setCount("t3.r1.np", 1L);
            long first = ws.autosave(r, AUTO);
            r.setCount("t3.r1.np", 2L);
            long second = ws.autosave(r, AUTO);

            assertThat(second).isEqualTo(first);
            assertThat(notes(ws)).containsExactly(AUTO, "新建");
            assertThat(ws.load(r.organ().name(), 2024).orElseThrow().count("t3.r1.np")).isEqualTo(2L);
        }
    }

    @Test
    void anExplicitSaveInBetweenKeepsItsRevisionAndStartsANewStretch() {
        try (Workspace ws = Workspace.open(dir)) {
            Report r = TestReports.empty(2024);
            r.setCount("t3.r1.np", 1L);
            ws.autosave(r, AUTO);
            r.setCount("t3.r1.np", 2L);
            ws.save(r, "保存");
            ws.autosave(r, AUTO); // unchanged: nothing new, and the explicit save must not be overwritten later
            r.setCount("t3.r1.np", 3L);
            ws.autosave(r, AUTO);
            r.setCount("t3.r1.np", 4L);
            ws.autosave(r, AUTO);

            assertThat(notes(ws)).containsExactly(AUTO, "保存", AUTO);
            List<RevisionInfo> history = ws.history(r.organ().name(), 2024);
            Report saved = ws.load(r.organ().name(), 2024).orElseThrow();
            assertThat(saved.count("t3.r1.np")).isEqualTo(4L);
            ws.restoreRevision(r.organ().name(), 2024, history.get(1).id());
            assertThat(ws.load(r.organ().name(), 2024).orElseThrow().count("t3.r1.np")).isEqualTo(2L);
        }
    }

    @Test
    void autosavesOverwriteOneRevisionForTenMinutesFromTheFirstThenStartAnother() {
        TestClock clock = new TestClock();
        try (Workspace ws = Workspace.open(dir, clock)) {
            Report r = TestReports.empty(2024);
            long first = autosave(ws, r, 1);
            clock.now = clock.now.plus(Duration.ofMinutes(4));
            assertThat(autosave(ws, r, 2)).isEqualTo(first);
            clock.now = clock.now.plus(Workspace.AUTOSAVE_STRETCH).minus(Duration.ofMinutes(4)).minusSeconds(1);
            assertThat(autosave(ws, r, 3)).as("9:59 after the first").isEqualTo(first);
            Instant lastOfFirst = clock.now;

            clock.now = clock.now.plusSeconds(1);
            long second = autosave(ws, r, 4);
            assertThat(second).as("10:00 after the first").isGreaterThan(first);
            clock.now = clock.now.plus(Duration.ofMinutes(9));
            assertThat(autosave(ws, r, 5)).as("the second stretch runs from its own start").isEqualTo(second);

            List<RevisionInfo> history = ws.history(r.organ().name(), 2024);
            assertThat(history).extracting(RevisionInfo::id).containsExactly(second, first);
            assertThat(history).extracting(RevisionInfo::note).containsExactly(AUTO, AUTO);
            assertThat(history.get(1).savedAt().toInstant()).as("dated by the last autosave over it")
                    .isEqualTo(lastOfFirst);
            assertThat(ws.require(r.organ().name(), 2024).count(CELL)).isEqualTo(5L);
        }
    }

    @Test
    void anExplicitSaveAnImportOrARestoreWithinTheStretchIsFollowedByANewRevision() {
        TestClock clock = new TestClock();
        try (Workspace ws = Workspace.open(dir, clock)) {
            Report r = TestReports.empty(2024);
            String organ = r.organ().name();
            long auto = autosave(ws, r, 1);
            List<Runnable> between = List.of(
                    () -> ws.save(changed(r, 10), "保存"),
                    () -> ws.storeImport(imported(changed(r, 20)), "年报.json", false),
                    () -> ws.restoreRevision(organ, 2024, auto));
            int value = 2;
            for (Runnable other : between) {
                clock.now = clock.now.plus(Duration.ofMinutes(1));
                other.run();
                long before = ws.history(organ, 2024).get(0).id();
                clock.now = clock.now.plus(Duration.ofMinutes(1));
                long next = autosave(ws, r, value++);
                assertThat(next).isGreaterThan(before);
                clock.now = clock.now.plus(Duration.ofMinutes(1));
                assertThat(autosave(ws, r, value++)).as("a new stretch begins").isEqualTo(next);
            }
            assertThat(notes(ws)).containsExactly(AUTO, "恢复修订 #" + auto, AUTO, "导入 年报.json", AUTO, "保存", AUTO);
        }
    }

    @Test
    void closingEndsTheStretchItsAutosaveBecomesTheClosingsRevisionAndReopeningStartsAnother() {
        TestClock clock = new TestClock();
        try (Workspace ws = Workspace.open(dir, clock)) {
            Report r = TestReports.empty(2024);
            String organ = r.organ().name();
            ws.save(r, RevisionCause.SAVE, "新建");
            long first = autosave(ws, r, 1);
            clock.now = clock.now.plusSeconds(30);
            assertThat(ws.saveOnClose(r, "关闭时保存")).as("nothing new: the autosave is the closing").isEqualTo(first);
            clock.now = clock.now.plusSeconds(30); // reopened a minute later, within ten minutes of the first
            long second = autosave(ws, r, 2);
            assertThat(second).as("a new sitting, a new revision").isGreaterThan(first);
            autosave(ws, r, 3);
            assertThat(ws.saveOnClose(changed(r, 4), "关闭时保存")).isEqualTo(second);
            assertThat(ws.saveOnClose(r, "关闭时保存")).as("closed again without a change: nothing").isEqualTo(second);

            List<RevisionInfo> history = ws.history(organ, 2024);
            assertThat(history).extracting(RevisionInfo::cause)
                    .containsExactly(RevisionCause.CLOSE, RevisionCause.CLOSE, RevisionCause.SAVE);
            assertThat(history).extracting(RevisionInfo::summary)
                    .containsExactly("表三 1 格", "表三 1 格", "内容没有变化");
            assertThat(ws.require(organ, 2024).count(CELL)).isEqualTo(4L);
        }
    }

    @Test
    void anExplicitSaveAfterTheAutosaveMakesItTheClerksPointAndSaysWhenNothingIsNew() {
        try (Workspace ws = Workspace.open(dir)) {
            Report r = TestReports.full(2024, 3);
            long auto = autosave(ws, r, 1);
            SaveOutcome saved = ws.saveNow(r, "保存");
            assertThat(saved).isEqualTo(new SaveOutcome(auto, false));
            assertThat(ws.saveNow(r, "保存")).isEqualTo(new SaveOutcome(auto, true));
            r.setText("s1.active", "改过的文字");
            SaveOutcome again = ws.saveNow(r, "保存");
            assertThat(again.revision()).isGreaterThan(auto);
            assertThat(again.alreadySaved()).isFalse();
            List<RevisionInfo> history = ws.history(r.organ().name(), 2024);
            assertThat(history).extracting(RevisionInfo::cause).containsOnly(RevisionCause.SAVE);
            assertThat(history.get(0).summary()).isEqualTo("文字：（一）主动公开情况");
        }
    }

    /** Autosaves the report with the test cell set to a value. */
    private static long autosave(Workspace ws, Report r, long value) {
        return ws.autosave(changed(r, value), AUTO);
    }

    private static Report changed(Report r, long value) {
        r.setCount(CELL, value);
        return r;
    }

    private static ImportOutcome imported(Report report) {
        return new ImportOutcome(report.copy(), List.of(), 1, 0, false, false, 0, List.of());
    }

    private static List<String> notes(Workspace ws) {
        return ws.history(TestReports.ORGAN.name(), 2024).stream().map(RevisionInfo::note).toList();
    }
}
