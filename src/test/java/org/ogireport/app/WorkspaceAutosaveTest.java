package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionInfo;
import org.ogireport.testing.TestReports;

/** Autosaving every few seconds keeps one revision per stretch of work; other saves keep their own. */
class WorkspaceAutosaveTest {

    private static final String AUTO = "自动保存";

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

    private static List<String> notes(Workspace ws) {
        return ws.history(TestReports.ORGAN.name(), 2024).stream().map(RevisionInfo::note).toList();
    }
}
