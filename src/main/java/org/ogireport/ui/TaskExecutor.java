package org.ogireport.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ogireport.app.ExportProgress;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All background work of the window goes through here: one thread, so that calls into the store never overlap and
 * run in the order they were asked for; results and failures come back on the FX thread. Every failure reaches the
 * clerk as a Chinese message; the details go to the log.
 */
public final class TaskExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutor.class);

    /**
     * How far the long job in the background has got, for the status bar.
     *
     * @param done from 0 to 1, or negative while it cannot tell
     */
    public record Progress(double done, String step) {
    }

    /** Work that says how far it has got. */
    @FunctionalInterface
    public interface ProgressJob<T> {
        T call(ExportProgress progress) throws Exception;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ogi-background");
        t.setDaemon(true);
        return t;
    });
    /** Work that never touches the data folder and may wait on the network (the inbox's status of a draft). */
    private final ExecutorService apart = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ogi-network");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private int jobsShowingProgress;
    private final Path logDir;
    private final Consumer<String> failureSink;

    /**
     * @param logDir      where the details of a failure are written, named in the message
     * @param showFailure shows a failure's message to the clerk (on the FX thread)
     */
    TaskExecutor(Path logDir, Consumer<String> showFailure) {
        this.logDir = logDir;
        this.failureSink = showFailure;
    }

    /** Runs work in the background; its result goes to onSuccess, a failure to the clerk. */
    public <T> void run(String action, Callable<T> work, Consumer<T> onSuccess) {
        run(action, work, onSuccess, failureSink);
    }

    /** Shows a message to the clerk as a failed task does (for a caller that also handles the failure itself). */
    public void showFailure(String message) {
        failureSink.accept(message);
    }

    /**
     * Runs work in the background.
     *
     * @param action    what is done, in words, for the log and the message (保存年报)
     * @param onSuccess gets the result on the FX thread
     * @param onFailure gets the clerk's message on the FX thread
     */
    public <T> void run(String action, Callable<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        runOn(thread, action, work, onSuccess, onFailure);
    }

    /**
     * Runs work that never touches the data folder (the store) on a thread of its own, so that a server slow to
     * answer never holds up the saves: looking up what became of a report sent to the shared inbox.
     */
    public <T> void runApart(String action, Callable<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        runOn(apart, action, work, onSuccess, onFailure);
    }

    /**
     * As {@link #runApart}, shown in the status bar until it ends (connecting to the shared inbox, which may take
     * seconds when the server is away).
     */
    public <T> void runApartShowingProgress(String action, Callable<T> work, Consumer<T> onSuccess,
                                            Consumer<String> onFailure) {
        runShowing(apart, action, work, onSuccess, onFailure);
    }

    /** Runs work on a thread, shown in the status bar from now until it ends well or badly. */
    private <T> void runShowing(ExecutorService on, String action, Callable<T> work, Consumer<T> onSuccess,
                                Consumer<String> onFailure) {
        started(action);
        runOn(on, action, work, result -> {
            ended();
            onSuccess.accept(result);
        }, message -> {
            ended();
            onFailure.accept(message);
        });
    }

    private <T> void runOn(ExecutorService on, String action, Callable<T> work, Consumer<T> onSuccess,
                           Consumer<String> onFailure) {
        pending.incrementAndGet();
        on.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    pending.decrementAndGet();
                    onSuccess.accept(result);
                });
            } catch (Exception | Error e) {
                String message = describe(action, e);
                Platform.runLater(() -> {
                    pending.decrementAndGet();
                    onFailure.accept(message);
                });
            }
        });
    }

    /**
     * Runs long work (reading or writing a file) in the background and shows how far it has got until it ends;
     * called on the FX thread. A failure goes to the clerk.
     */
    public <T> void runShowingProgress(String action, ProgressJob<T> job, Consumer<T> onSuccess) {
        runShowingProgress(action, job, onSuccess, failureSink);
    }

    /** As {@link #runShowingProgress(String, ProgressJob, Consumer)}, a failure going to onFailure. */
    public <T> void runShowingProgress(String action, ProgressJob<T> job, Consumer<T> onSuccess,
                                       Consumer<String> onFailure) {
        ExportProgress report = (done, step) -> Platform.runLater(() -> {
            if (progress.get() != null) {
                progress.set(new Progress(done, step));
            }
        });
        runShowing(thread, action, () -> job.call(report), onSuccess, onFailure);
    }

    private void started(String action) {
        jobsShowingProgress++;
        progress.set(new Progress(-1, action));
    }

    private void ended() {
        if (--jobsShowingProgress == 0) {
            progress.set(null);
        }
    }

    /** The progress of the long jobs running, or null when none is. */
    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Runs work after what is queued and waits for it (closing the window: the last save must be written before
     * the process ends).
     *
     * @throws UserException with the clerk's message when it fails or takes longer than the timeout
     */
    public <T> T runAndWait(String action, Callable<T> work, long timeoutSeconds) {
        Future<T> f = thread.submit(work);
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new UserException(describe(action, e.getCause()), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            throw new UserException(describe(action, e), e);
        }
    }

    /** Whether no background work is queued or running (the tests wait for it). */
    public boolean isIdle() {
        return pending.get() == 0;
    }

    private String describe(String action, Throwable e) {
        if (e instanceof UserException) {
            LOG.warn("{}: {}", action, e.getMessage(), e);
            return e.getMessage();
        }
        LOG.error("{} failed", action, e);
        return Messages.get("ui.failed", action, logDir);
    }

    @Override
    public void close() {
        thread.shutdown();
        apart.shutdown();
    }
}
