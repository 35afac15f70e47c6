package org.ogireport.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ogireport.app.Workspace;
import org.ogireport.model.Report;
import org.ogireport.ui.draft.DraftSession;

/**
 * The real main window, headless (Monocle), with a report open and the table and prose screens built, for the
 * typing benchmark: it times edits on the FX thread with every listener of the window attached (grids, editors,
 * badges, findings), and how long an edit takes to be saved without a click. Drawing is not timed.
 */
public final class WindowProbe {

    private final MainWindowView window;
    private final DraftSession session;

    private WindowProbe(MainWindowView window) {
        this.window = window;
        this.session = window.model().session();
    }

    /** Whether the toolkit was started (it starts once in a process, for all the window's benchmarks). */
    private static boolean started;

    /** Starts the toolkit headless (Monocle), once; the windows of the benchmarks then open on it. */
    static synchronized void startToolkit() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false);
        up.await();
        started = true;
    }

    /** Starts the toolkit headless, opens the report in the main window and visits every screen once. */
    public static WindowProbe open(Workspace workspace, Report report, Report previousYear) throws Exception {
        startToolkit();
        CompletableFuture<WindowProbe> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                TaskExecutor tasks = new TaskExecutor(workspace.dataDir().resolve("logs"), System.err::println);
                MainWindowView window = MainWindowView.show(new Stage(), tasks);
                window.setWorkspace(workspace);
                window.openDraft(report, previousYear);
                window.model().sections().forEach(window::showSection);
                opened.complete(new WindowProbe(window));
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
        return opened.get();
    }

    public DraftSession session() {
        return session;
    }

    /** Runs edits on the FX thread and returns the nanoseconds each took, listeners included. */
    public long[] time(int count, int offset, IntConsumer edit) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long[] nanos = new long[count];
            for (int i = 0; i < count; i++) {
                long t = System.nanoTime();
                edit.accept(offset + i);
                nanos[i] = System.nanoTime() - t;
            }
            done.complete(nanos);
        });
        return done.get();
    }

    /**
     * Makes an edit on the FX thread and waits until the window has written it by itself (the autosave starts
     * {@code MainWindowViewModel.AUTOSAVE_DELAY} after the first unsaved edit).
     */
    public void editAndAwaitAutosave(Runnable edit) throws Exception {
        onFx(() -> {
            edit.run();
            return null;
        });
        while (onFx(() -> window.model().isDirty())) {
            Thread.sleep(5);
        }
    }

    /** Runs work on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get();
    }

    public static void close() {
        Platform.exit();
    }
}
