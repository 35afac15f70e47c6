package org.ogireport.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.ogireport.app.SaveOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.ui.draft.DraftSession;
import org.ogireport.ui.draft.SectionViewModel;
import org.ogireport.util.UserException;

/**
 * The state of the main window: the data folder, the draft open in it and its screens, and the saving. Edits are
 * saved without a click: {@link #AUTOSAVE_DELAY} after the first unsaved edit the draft is copied on the FX thread
 * and written by the background thread, so the window never waits for the disk.
 */
final class MainWindowViewModel {

    /** How long after the first unsaved edit the autosave starts (the clerk is promised 2 s). */
    static final Duration AUTOSAVE_DELAY = Duration.seconds(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Workspace workspace;
    private final TaskExecutor tasks;
    private final ObjectProperty<DraftSession> session = new SimpleObjectProperty<>(this, "session");
    private final List<SectionViewModel> sections = new ArrayList<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState");
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper(this, "saveFailed");
    private final PauseTransition autosaveTimer = new PauseTransition(AUTOSAVE_DELAY);
    private long savedEdits;
    private boolean saving;
    private LocalTime lastSaved;
    /** What the clerk's last Ctrl+S did, said in the status bar until the next edit. */
    private String explicitSave;

    MainWindowViewModel(Workspace workspace, TaskExecutor tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        autosaveTimer.setOnFinished(e -> save(false));
        updateTitle();
    }

    Workspace workspace() {
        return workspace;
    }

    DraftSession session() {
        return session.get();
    }

    /** The screens of the open draft: 封面与基本信息, the six sections, 检查. */
    List<SectionViewModel> sections() {
        return sections;
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the status bar says about saving: 已保存 14:02:31, 有未保存的修改, 正在保存…, or the failure. */
    ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    boolean isDirty() {
        return session.get() != null && session.get().editsProperty().get() != savedEdits;
    }

    /**
     * Makes a draft the open one (the caller has saved the one before).
     *
     * @param previousYear the same organ's report of the year before, or null
     */
    void open(Report report, Report previousYear) {
        autosaveTimer.stop();
        DraftSession s = new DraftSession(report, r -> workspace.validate(r, previousYear),
                r -> Workspace.carriedTexts(r, previousYear), workspace::today);
        sections.clear();
        sections.addAll(SectionViewModel.screensOf(s));
        savedEdits = 0;
        lastSaved = null;
        explicitSave = null;
        saveFailed.set(false);
        s.editsProperty().addListener((o, before, now) -> edited());
        session.set(s);
        updateTitle();
        // The start view offers it first after the next start.
        String organ = report.organ().name();
        tasks.run(Messages.get("ui.action.settings"), () -> {
            workspace.rememberOpened(organ, report.year());
            return null;
        }, done -> {
        });
    }

    /** Closes the draft (back to the start view); the caller has saved it. */
    void closeDraft() {
        autosaveTimer.stop();
        sections.clear();
        session.set(null);
        updateTitle();
    }

    private void edited() {
        updateTitle();
        if (!saving) {
            // Started by the first unsaved edit and not restarted by the next ones: a clerk typing without pause is
            // still saved every AUTOSAVE_DELAY.
            if (autosaveTimer.getStatus() != Animation.Status.RUNNING) {
                autosaveTimer.playFromStart();
            }
        }
    }

    /**
     * Saves the open draft in the background.
     *
     * @param explicit the clerk asked (Ctrl+S): a revision of its own, and the status bar says what became of it;
     *                 otherwise an autosave
     */
    void save(boolean explicit) {
        DraftSession s = session.get();
        if (s == null || !explicit && (!isDirty() || saving)) {
            return;
        }
        autosaveTimer.stop();
        Report snapshot = s.report().copy();
        long edits = s.editsProperty().get();
        saving = true;
        updateTitle();
        if (!explicit) {
            tasks.run(Messages.get("ui.action.save"),
                    () -> workspace.autosave(snapshot, Messages.get("ui.note.autosave")),
                    revision -> saved(s, edits, null), message -> saveFailed(s, message));
            return;
        }
        tasks.run(Messages.get("ui.action.save"), () -> workspace.saveNow(snapshot, Messages.get("ui.note.save")),
                outcome -> saved(s, edits, outcome), message -> {
                    saveFailed(s, message);
                    // The clerk asked: answer, not only in the status bar.
                    tasks.showFailure(Messages.get("ui.save.failed", message));
                });
    }

    /** @param explicit what the clerk's own save did, or null for an autosave */
    private void saved(DraftSession s, long edits, SaveOutcome explicit) {
        saving = false;
        if (s != session.get()) {
            return;
        }
        savedEdits = Math.max(savedEdits, edits);
        lastSaved = LocalTime.now();
        saveFailed.set(false);
        explicitSave = explicit == null ? null : Messages.get(explicit.alreadySaved() ? "ui.save.nothingNew"
                : "ui.save.explicit", explicit.revision(), TIME.format(lastSaved));
        updateTitle();
        if (isDirty()) {
            autosaveTimer.playFromStart();
        }
    }

    private void saveFailed(DraftSession s, String message) {
        saving = false;
        if (s != session.get()) {
            return;
        }
        saveFailed.set(true);
        saveState.set(Messages.get("ui.save.failed", message));
        title.set(Messages.get("ui.title.draft", Messages.get("app.name"), s.report().organ().name(),
                s.report().year(), Messages.get("ui.title.unsaved")));
    }

    /**
     * Writes what is not saved yet and waits for it (closing the window or the draft, or before a command).
     *
     * @param closing the clerk closes the draft: the closing is a revision of its own (see
     *                {@link Workspace#saveOnClose}), even when the autosave wrote everything already
     * @throws UserException when it cannot be written: the caller keeps the window open
     */
    void saveAndWait(boolean closing) {
        DraftSession s = session.get();
        autosaveTimer.stop();
        if (s == null || !closing && !isDirty()) {
            // An autosave may still be on its way: wait for it too.
            tasks.runAndWait(Messages.get("ui.action.save"), () -> null, 30);
            return;
        }
        Report snapshot = s.report().copy();
        long edits = s.editsProperty().get();
        tasks.runAndWait(Messages.get("ui.action.save"), () -> closing
                ? workspace.saveOnClose(snapshot, Messages.get("ui.note.close"))
                : workspace.autosave(snapshot, Messages.get("ui.note.autosave")), 30);
        savedEdits = edits;
        lastSaved = LocalTime.now();
        updateTitle();
    }

    private void updateTitle() {
        DraftSession s = session.get();
        String app = Messages.get("app.name");
        if (s == null) {
            title.set(app);
            saveState.set("");
            return;
        }
        String state;
        if (saving && isDirty()) {
            state = Messages.get("ui.title.saving");
        } else if (isDirty()) {
            state = Messages.get("ui.title.unsaved");
        } else if (lastSaved != null) {
            state = Messages.get("ui.title.savedAt", TIME.format(lastSaved));
        } else {
            state = Messages.get("ui.title.saved");
        }
        title.set(Messages.get("ui.title.draft", app, s.report().organ().name(), s.report().year(), state));
        if (explicitSave != null && !isDirty()) {
            saveState.set(explicitSave);
        } else {
            saveState.set(lastSaved != null ? Messages.get("ui.save.lastSaved", TIME.format(lastSaved)) : state);
        }
    }
}
