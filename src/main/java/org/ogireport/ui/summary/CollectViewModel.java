package org.ogireport.ui.summary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.ogireport.app.CollectOptions;
import org.ogireport.app.CollectProgress;
import org.ogireport.app.CollectedFile;
import org.ogireport.app.Compilation;
import org.ogireport.app.ExportProgress;
import org.ogireport.app.ServerInbox;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Unit;
import org.ogireport.ui.TaskExecutor;
import org.ogireport.util.UserException;

/**
 * Collecting a batch of files into a 汇总, as the clerk watches it: the files settled so far (a list that fills as
 * they finish), how far reading and storing have got, a cancel that stops before the next file; then what to do with
 * each file not stored — an unsure match answered with a unit of the list (or the report's organ added as a new
 * unit), one of two files for a unit taken — each collected again alone.
 */
final class CollectViewModel {

    /** How often the list and the progress are shown again at most while files are settled. */
    private static final Duration SHOWN_EVERY = Duration.millis(150);

    private final Compilation compilation;
    private final TaskExecutor tasks;
    private final ObservableList<CollectedFile> files = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    // Filled on the collecting thread, shown on the FX thread in batches (one runLater waiting at most).
    private final Queue<CollectedFile> settled = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainWaiting = new AtomicBoolean();
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger settledCount = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private int stored;
    /** When the list was last shown again (on the FX thread). */
    private long lastShown;
    /** The shared inbox the batch comes from, or null for files and folders. */
    private ServerInbox inbox;

    CollectViewModel(Compilation compilation, TaskExecutor tasks) {
        this.compilation = compilation;
        this.tasks = tasks;
    }

    /**
     * Collects files and folders in the background; {@code ended} gets the clerk's summary on the FX thread (or the
     * failure's message).
     */
    void start(List<Path> inputs, Consumer<String> ended) {
        status.set(Messages.get("ui.summary.collect.finding"));
        run(bar -> compilation.collect(inputs, CollectOptions.defaults(), listener(bar), cancelled::get), ended);
    }

    /**
     * Collects the newest report of each unit from the shared inbox (报送服务器) in the background, as files are
     * collected; {@code ended} as for files.
     */
    void startInbox(ServerInbox from, Consumer<String> ended) {
        inbox = from;
        status.set(Messages.get("ui.summary.collect.fromServer", from.where()));
        run(bar -> compilation.collectInbox(from, CollectOptions.defaults(), listener(bar), cancelled::get), ended);
    }

    private void run(TaskExecutor.ProgressJob<List<CollectedFile>> job, Consumer<String> ended) {
        running.set(true);
        tasks.runShowingProgress(Messages.get("ui.summary.action.collect"), job, result -> {
                    drain();
                    running.set(false);
                    progress.set(1);
                    stored = (int) result.stream().filter(f -> f.outcome().isStored()).count();
                    status.set(summary());
                    ended.accept(status.get());
                }, message -> {
                    drain();
                    running.set(false);
                    progress.set(0);
                    status.set(message);
                    ended.accept(message);
                });
    }

    /** Hears the collect (on its thread) and moves the status bar; the list is filled by {@link #drain}. */
    private CollectProgress listener(ExportProgress bar) {
        return new CollectProgress() {
            @Override
            public void fileDone(int done, int all, CollectedFile file) {
                total.set(all);
                settledCount.set(done);
                settled.add(file);
                showSoon(bar);
            }

            @Override
            public void fileRead(int count, int all, Path file) {
                total.set(all);
                read.set(count);
                showSoon(bar);
            }
        };
    }

    /** Reading is one half of the work and settling (storing) the other. */
    private static double fraction(int readCount, int done, int all) {
        return all == 0 ? 1 : (readCount + done) / (2.0 * all);
    }

    /**
     * Shows what was heard since the last time (the status bar as well), at most every {@link #SHOWN_EVERY}: each
     * change of the list lays out and draws the table again, which a file settled every few milliseconds would
     * otherwise ask of the FX thread all the time.
     */
    private void showSoon(ExportProgress bar) {
        if (drainWaiting.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                Duration wait = SHOWN_EVERY.subtract(Duration.millis((System.nanoTime() - lastShown) / 1e6));
                if (wait.greaterThan(Duration.ZERO)) {
                    PauseTransition pause = new PauseTransition(wait);
                    pause.setOnFinished(e -> show(bar));
                    pause.play();
                } else {
                    show(bar);
                }
            });
        }
    }

    private void show(ExportProgress bar) {
        int all = total.get();
        bar.update(fraction(read.get(), settledCount.get(), all), Messages.get("ui.summary.collect.step",
                read.get(), all, settledCount.get()));
        drain();
    }

    /** Shows the files settled since the last time (on the FX thread). */
    private void drain() {
        drainWaiting.set(false);
        lastShown = System.nanoTime();
        List<CollectedFile> batch = new ArrayList<>();
        for (CollectedFile f = settled.poll(); f != null; f = settled.poll()) {
            batch.add(f);
        }
        files.addAll(batch);
        int all = total.get();
        if (all > 0 && running.get()) {
            progress.set(fraction(read.get(), files.size(), all));
            status.set(Messages.get(cancelled.get() ? "ui.summary.collect.cancelling" : "ui.summary.collect.step",
                    read.get(), all, files.size()));
        }
    }

    /** Stops before the next file: the files not stored yet are left out, none half-stored. */
    void cancel() {
        cancelled.set(true);
        status.set(Messages.get("ui.summary.collect.cancelling", read.get(), total.get(), files.size()));
    }

    /** 共 n 个文件：存入 a 个，没有存入 b 个。 */
    private String summary() {
        return Messages.get("ui.summary.collect.done", files.size(), stored, files.size() - stored);
    }

    // ---- the files not stored -------------------------------------------------------------------------------

    /** Stores an unsure file as the report of the unit the clerk named. */
    void assign(CollectedFile file, String unitName, Consumer<String> failed) {
        again(file, () -> alone(file, new CollectOptions(false, false, Map.of(file.file(), unitName), false)),
                failed);
    }

    /** Adds the organ of an unsure file's report to the unit list and stores the file as its report. */
    void addAsNewUnit(CollectedFile file, Consumer<String> failed) {
        again(file, () -> {
            List<Unit> read = compilation.unitsOf(List.of(List.of(file.unit())));
            if (read.isEmpty()) {
                throw new UserException(Messages.get("ui.summary.collect.notAName", file.unit()));
            }
            Unit added = compilation.addUnit(read.get(0));
            return alone(file, new CollectOptions(false, false, Map.of(file.file(), added.name()), false));
        }, failed);
    }

    /** Takes one of two files for a unit: it is collected alone, so nothing is in its way. */
    void take(CollectedFile file, Consumer<String> failed) {
        again(file, () -> alone(file, CollectOptions.defaults()), failed);
    }

    /** Collects a file again by itself (from the inbox: the inbox again, and what became of that report). */
    private CollectedFile alone(CollectedFile file, CollectOptions options) {
        if (inbox == null) {
            return compilation.collect(List.of(file.file()), options, CollectProgress.NONE, () -> false).get(0);
        }
        return compilation.collectInbox(inbox, options, CollectProgress.NONE, () -> false).stream()
                .filter(f -> f.file().equals(file.file())).findFirst().orElse(file);
    }

    private void again(CollectedFile file, Callable<CollectedFile> work,
                       Consumer<String> failed) {
        tasks.run(Messages.get("ui.summary.action.collectOne", file.file().getFileName()), work, now -> {
            int i = files.indexOf(file);
            if (i >= 0) {
                files.set(i, now);
            }
            if (now.outcome().isStored()) {
                stored++;
            }
            status.set(summary());
        }, failed);
    }

    // ---- what the view binds --------------------------------------------------------------------------------

    ObservableList<CollectedFile> files() {
        return files;
    }

    /** From 0 to 1, or negative while the files are being found. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    /** The units of the list, for answering an unsure match. */
    Compilation compilation() {
        return compilation;
    }
}
