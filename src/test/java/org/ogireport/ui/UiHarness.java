package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ogireport.app.Workspace;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.ui.draft.DraftSession;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window over a fresh data folder, for a UI test: each test class calls {@link #start} from its own
 * {@code @Start} (TestFX ignores one in a superclass) and {@link #close} after each test.
 */
final class UiHarness {

    final Path dir;
    Workspace workspace;
    final TaskExecutor tasks;
    final MainWindowView window;
    /** The failures the window would have shown the clerk. */
    final List<String> failures = new CopyOnWriteArrayList<>();
    /** Answers the file dialogs in place of the clerk. */
    final FileAnswers files = new FileAnswers();
    /** The folders the window asked the desktop to open. */
    final List<Path> foldersOpened = new CopyOnWriteArrayList<>();
    /** The pages the window sent to the printer, one list per print. */
    final List<List<? extends Node>> printed = new CopyOnWriteArrayList<>();

    /** File dialogs that answer with the files a test queued, remembering where they started and what they proposed. */
    static final class FileAnswers implements FileDialogs {
        final Deque<Path> answers = new ArrayDeque<>();
        final List<Path> startedIn = new ArrayList<>();
        final List<String> proposed = new ArrayList<>();

        @Override
        public Optional<Path> open(Window owner, String title, List<FileType> types, Path folder) {
            startedIn.add(folder);
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> save(Window owner, String title, List<FileType> types, Path folder, String fileName) {
            startedIn.add(folder);
            proposed.add(fileName);
            return Optional.ofNullable(answers.poll());
        }
    }

    private UiHarness(Stage stage) {
        try {
            dir = Files.createTempDirectory("ogi-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workspace = Workspace.open(dir);
        tasks = new TaskExecutor(dir.resolve("logs"), failures::add);
        window = MainWindowView.show(stage, tasks);
        window.context().useFileDialogs(files);
        window.context().useFolderOpener(folder -> foldersOpened.add(folder));
        window.context().usePrinting((owner, pages, name) -> {
            printed.add(List.copyOf(pages));
            return Printing.Outcome.PRINTED;
        });
        // As the app: the window opens the data folder again after a restore from a backup.
        window.useDataFolder(new DataFolderOpening(stage, tasks, dir, ws -> {
            workspace = ws;
            window.setWorkspace(ws);
        }, () -> failures.add("the app quit")));
        window.setWorkspace(workspace);
    }

    static UiHarness start(Stage stage) {
        return new UiHarness(stage);
    }

    /** Stores a report and opens it from the start view, as the clerk would. */
    void open(FxRobot robot, Report report) {
        workspace.save(report, "测试");
        robot.interact(window::showStart);
        awaitIdle();
        ListView<?> drafts = robot.lookup("#drafts").queryListView();
        robot.interact(() -> drafts.getSelectionModel().select(0));
        robot.clickOn("#openButton");
        awaitIdle();
        assertThat(window.model().session()).isNotNull();
    }

    /** Closes the data folder and opens it again in the window, as after a restart of the app. */
    void restart(FxRobot robot) {
        restart(robot, Clock.systemDefaultZone());
    }

    /** Closes the data folder and opens it again with a clock (a {@code TestClock}) the test moves. */
    void restart(FxRobot robot, Clock clock) {
        robot.interact(() -> window.model().closeDraft());
        workspace.close();
        workspace = Workspace.open(dir, clock);
        robot.interact(() -> window.setWorkspace(workspace));
        awaitIdle();
    }

    /** Runs a command of the window that may show a dialog (so it cannot be awaited), and lets it appear. */
    void command(Runnable command) {
        Platform.runLater(command);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text shown in the dialog open now. */
    String dialogText(FxRobot robot) {
        return String.join("\n", robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
    }

    /** Clicks the button of the open dialog whose text starts so (its mnemonic aside). */
    void clickDialogButton(FxRobot robot, String text) {
        Button button = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().replace("_", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in the dialog: " + dialogText(robot)));
        robot.clickOn(button);
        awaitIdle();
    }

    /** Waits until the background thread has nothing left and its results are shown. */
    void awaitIdle() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tasks::isIdle);
        } catch (TimeoutException e) {
            throw new AssertionError("background work did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    DraftSession session() {
        return window.model().session();
    }

    /** Goes to a screen with its shortcut (Ctrl+0 … Ctrl+7), as the clerk would. */
    void go(FxRobot robot, int screen) {
        robot.press(KeyCode.CONTROL).type(KeyCode.getKeyCode(Integer.toString(screen))).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String cellText(FxRobot robot, String key) {
        return robot.lookup("#cell-" + key.replace('.', '-')).queryAs(Label.class).getText();
    }

    List<String> ruleIds() {
        return session().findings().stream().map(Finding::rule).toList();
    }

    /** Closes the window's data folder; fails the test when the clerk would have been shown a failure. */
    void close(FxRobot robot) {
        assertThat(failures).as("failures shown to the clerk").isEmpty();
        robot.interact(() -> {
            if (window.model() != null) {
                window.model().closeDraft();
            }
        });
        tasks.close();
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
