package org.ogireport.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ogireport.app.Workspace;

/**
 * The real main window, headless, for the 汇总 benchmarks: how long the board takes from the menu to its table laid
 * out, and how soon the window answers a key while a batch of files is being collected.
 */
public final class SummaryProbe {

    private final MainWindowView window;
    private final TaskExecutor tasks;
    private final Scene scene;
    private final Deque<Path> answers = new ArrayDeque<>();

    private SummaryProbe(MainWindowView window, TaskExecutor tasks, Scene scene) {
        this.window = window;
        this.tasks = tasks;
        this.scene = scene;
    }

    /** Opens the main window over a data folder (the toolkit started once, headless). */
    public static SummaryProbe open(Workspace workspace) throws Exception {
        WindowProbe.startToolkit();
        return WindowProbe.onFx(() -> {
            TaskExecutor tasks = new TaskExecutor(workspace.dataDir().resolve("logs"), System.err::println);
            Stage stage = new Stage();
            MainWindowView window = MainWindowView.show(stage, tasks);
            window.setWorkspace(workspace);
            SummaryProbe probe = new SummaryProbe(window, tasks, stage.getScene());
            window.context().useFileDialogs(new FileDialogs() {
                @Override
                public Optional<Path> open(Window owner, String title, List<FileType> types, Path folder) {
                    return Optional.ofNullable(probe.answers.poll());
                }

                @Override
                public Optional<Path> save(Window owner, String title, List<FileType> types, Path folder,
                                           String name) {
                    return Optional.ofNullable(probe.answers.poll());
                }
            });
            return probe;
        });
    }

    /**
     * Goes back to the start view, then opens the board of the 汇总 compiled last from the menu (汇总 → 报送情况).
     *
     * @return the nanoseconds from the menu command to the board's table showing all its units, laid out
     */
    public long openBoard(int units) throws Exception {
        awaitIdle();
        WindowProbe.onFx(() -> {
            window.showStart();
            return null;
        });
        awaitIdle();
        CompletableFuture<Long> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            window.openSummary();
            poll(() -> {
                TableView<?> table = (TableView<?>) scene.lookup("#units");
                if (table == null || table.getItems().size() < units) {
                    return false;
                }
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                shown.complete(System.nanoTime() - start);
                return true;
            });
        });
        return shown.get(60, TimeUnit.SECONDS);
    }

    /** Checks on the FX thread until the check is true, giving the thread back in between. */
    private static void poll(BooleanSupplier check) {
        if (!check.getAsBoolean()) {
            Platform.runLater(() -> poll(check));
        }
    }

    /**
     * Collects a folder from the board's menu (收集年报 → 从文件夹收集…) and, while it runs, presses a key (Down, in
     * the list of files) every {@code periodMs}.
     *
     * @return the nanoseconds from each key being posted to the FX thread to the window having handled it
     */
    public long[] keyDelaysWhileCollecting(Path folder, long periodMs) throws Exception {
        WindowProbe.onFx(() -> {
            answers.add(folder);
            ((MenuButton) scene.lookup("#collectButton")).getItems().get(0).fire();
            return null;
        });
        List<Long> delays = new ArrayList<>();
        while (!WindowProbe.onFx(this::collected)) {
            CompletableFuture<Long> answered = new CompletableFuture<>();
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false,
                        false, false));
                answered.complete(System.nanoTime() - posted);
            });
            delays.add(answered.get(60, TimeUnit.SECONDS));
            Thread.sleep(periodMs);
        }
        return delays.stream().mapToLong(Long::longValue).toArray();
    }

    /** Whether the collect shown has ended (its 取消 is off once nothing runs). */
    private boolean collected() {
        Node cancel = scene.lookup("#cancelButton");
        return cancel != null && cancel.isDisabled() && tasks.isIdle();
    }

    /** What the collect said at its end. */
    public String collectSummary() throws Exception {
        return WindowProbe.onFx(() -> ((Label) scene.lookup("#status")).getText());
    }

    private void awaitIdle() throws Exception {
        while (!WindowProbe.onFx(tasks::isIdle)) {
            Thread.sleep(5);
        }
    }
}
