package org.ogireport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.ogireport.app.Workspace;
import org.ogireport.format.CellSpec;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.WindowProbe;
import org.ogireport.ui.draft.DraftSession;

/**
 * What one keystroke costs the window on a full report (target: under 16 ms, one frame): the window's own path,
 * {@link DraftSession} — parse the entry, write it, recompute the totals, run every rule through
 * {@code Workspace.validate} with the previous year, hold back the new balance findings of the table being typed in
 * (the deferred validation: they show when the clerk leaves the table or pauses), map the findings to the cells the
 * clerk typed and index them for the marks and badges — first alone, then in the headless main window with every
 * screen built and listening (grids, editors, badges, findings). Drawing is not included. Then how long an edit takes
 * to be on disk without a click (target: 2 s, as the clerk is promised).
 */
final class TypingLatencyBenchmark {

    private static final int WARM_UP = 3000;
    private static final int MEASURED = 5000;
    private static final String PHRASE = "全年共受理政府信息公开申请";

    /** One frame at 60 Hz. */
    private static final double TARGET_MS = 16;
    /** From an edit to the draft on disk, by the autosave alone. */
    private static final double AUTOSAVE_TARGET_MS = 2000;

    private TypingLatencyBenchmark() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("ogi-bench");
        try (Workspace ws = Workspace.open(dir)) {
            Report previous = TestReports.full(2023, 1);
            ws.save(previous, "bench");
            Report report = TestReports.full(2024, 2);
            Report previousYear = ws.previousYear(report).orElseThrow();
            List<String> cells = report.catalog().cellsOf("t3").stream()
                    .filter(c -> !c.isDerived()).map(CellSpec::key).toList();
            String base = report.text("s1.on_request");

            // The session alone: the totals and the rules.
            DraftSession alone = new DraftSession(report.copy(), r -> ws.validate(r, previousYear));
            // As while the clerk types in table 三: its new balance findings are held back.
            alone.holdNewFindings("t3");
            IntConsumer aloneCell = cellEdit(alone, cells);
            IntConsumer aloneKey = keystroke(alone, base);
            Bench.measure("typing: table 三 cell edit (session: totals, rules, held findings)", WARM_UP, MEASURED,
                    TARGET_MS, aloneCell::accept);
            Bench.measure("typing: prose keystroke (session)", WARM_UP, MEASURED, TARGET_MS, aloneKey::accept);

            // The same in the main window (headless), every screen built and listening.
            WindowProbe window = WindowProbe.open(ws, report, previousYear);
            try {
                DraftSession session = window.session();
                window.time(1, 0, i -> session.holdNewFindings("t3"));
                window.time(WARM_UP, 0, cellEdit(session, cells));
                long[] cellEdits = window.time(MEASURED, WARM_UP, cellEdit(session, cells));
                window.time(WARM_UP, 0, keystroke(session, base));
                long[] keystrokes = window.time(MEASURED, WARM_UP, keystroke(session, base));
                Bench.report("typing: table 三 cell edit (headless window, all screens)", cellEdits, TARGET_MS);
                Bench.report("typing: prose keystroke (headless window, all screens)", keystrokes, TARGET_MS);
                // The clerk is promised that an edit is on disk within 2 s without a click.
                Bench.measure("saving: an edit written without a click (autosave)", 1, 5, AUTOSAVE_TARGET_MS,
                        i -> window.editAndAwaitAutosave(() -> cellEdit(session, cells).accept(i)));
            } finally {
                WindowProbe.close();
            }
        }
    }

    /** The i-th edit types a number into one of table 三's typed cells, in turn. */
    private static IntConsumer cellEdit(DraftSession session, List<String> cells) {
        return i -> session.setCellText(cells.get(i % cells.size()), Integer.toString(i % 97));
    }

    /** The i-th keystroke types (or retypes) one more character of a phrase at the end of a long paragraph. */
    private static IntConsumer keystroke(DraftSession session, String base) {
        return i -> session.setText("s1.on_request", base + PHRASE.substring(0, 1 + i % PHRASE.length()));
    }
}
