package org.ogireport.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.stage.Window;
import org.ogireport.app.RestoreOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.ui.draft.DraftSession;

/**
 * What the commands of the window (导入, 导出, 校验报告, 从上一年开始, 修订历史) use of it, and all they use: the window
 * that owns their dialogs, the background thread, the file dialogs, the desktop's folder opener and the printing (put
 * in by the tests), the folder used last, the data folder, the open draft; showing a view in the draft's place,
 * opening a draft, going to a finding. The commands get this, never the main window.
 */
public final class WindowContext {

    private final MainWindowView window;
    private final Window owner;
    private final TaskExecutor tasks;
    private FileDialogs files = FileDialogs.platform();
    private FolderOpener folders = FolderOpener.of(null);
    private Printing printing;
    private final ServerAccess server;

    WindowContext(MainWindowView window, Window owner, TaskExecutor tasks) {
        this.window = window;
        this.owner = owner;
        this.tasks = tasks;
        this.server = new ServerAccess(owner, this::workspace, tasks);
    }

    /** The shared inbox (报送服务器) set in the settings, and the password typed for it in this sitting. */
    public ServerAccess server() {
        return server;
    }

    /**
     * Shows on the open draft what became of it on the shared inbox, when it is still the draft of that key.
     *
     * @param latest the newest submission, empty when none was sent, null when not known (no server set)
     */
    public void showSent(org.ogireport.model.ReportKey key, Optional<org.ogireport.app.SentReport> latest) {
        DraftSession session = window.model().session();
        if (session != null && org.ogireport.model.ReportKey.of(session.report()).equals(key)) {
            session.showSent(latest);
        }
    }

    /** The window the dialogs of a command belong to. */
    public Window owner() {
        return owner;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public FileDialogs files() {
        return files;
    }

    public FolderOpener folders() {
        return folders;
    }

    /** The system's printing (its print dialog), or the tests' (which records the pages). */
    public Printing printing() {
        return printing != null ? printing : Printing.system();
    }

    /** Puts in other printing (the tests record the pages instead of showing the system's dialog). */
    void usePrinting(Printing other) {
        this.printing = other;
    }

    /** Puts in other file dialogs (the tests answer them by themselves). */
    void useFileDialogs(FileDialogs dialogs) {
        this.files = dialogs;
    }

    /** Puts in the desktop's folder opener (the app's) or one that records the folders (the tests'). */
    void useFolderOpener(FolderOpener opener) {
        this.folders = opener;
    }

    /** The data folder open in the window. */
    public Workspace workspace() {
        return window.model().workspace();
    }

    /**
     * Replaces the data with a backup (the clerk has confirmed): the open draft is saved first, the store closed
     * while the restore swaps it and opened again on the restored data, shown on the start view with what
     * {@code said} makes of the outcome. A backup refused changes nothing; the window says why.
     */
    public void restoreData(Path backup, Function<RestoreOutcome, String> said) {
        window.restoreData(backup, said);
    }

    /** Where a file dialog starts: the folder used last (also after a restart), else the clerk's home folder. */
    public Path startFolder() {
        return workspace().lastFolder().orElse(Path.of(System.getProperty("user.home")));
    }

    /** Remembers the folder of a file read or written, for the next file dialog (in the background). */
    public void rememberFolder(Path folder) {
        if (folder != null) {
            Workspace ws = workspace();
            tasks.run(Messages.get("ui.action.settings"), () -> {
                ws.rememberFolder(folder);
                return null;
            }, done -> {
            });
        }
    }

    /** The draft open now, as edited (copy it before handing it to the background thread); empty when none is. */
    public Optional<Report> openReport() {
        DraftSession session = window.model().session();
        return session == null ? Optional.empty() : Optional.of(session.report());
    }

    /** The findings of the open draft now, those held back while typing included (none when no draft is open). */
    public List<Finding> openFindings() {
        DraftSession session = window.model().session();
        return session == null ? List.of() : List.copyOf(session.allFindings());
    }

    /** Commits open editors and writes the open draft; false (after telling the clerk) when it cannot be written. */
    public boolean saveOpenDraft() {
        return window.saveOpenDraft(false);
    }

    /**
     * Opens a draft (the one open was saved before) and says on its first screen how it came to be.
     *
     * @param previousYear the same organ's report of the year before, or null
     * @param message      what to say, or null
     */
    public void openDraft(Report report, Report previousYear, String message) {
        window.openDraft(report, previousYear, message);
    }

    /**
     * Opens a report in the draft editor behind the view shown aside, which stays shown; {@link #back} then shows the
     * draft (the aggregate summed again while the 汇总's board is shown).
     */
    public void openDraftBehind(Report report, Report previousYear, String message) {
        window.openDraftBehind(report, previousYear, message);
    }

    /** Shows the open draft where a finding points. */
    public void jumpTo(Finding finding) {
        window.jumpTo(finding);
    }

    /** Shows a view in place of the draft or the start view, until {@link #back}. */
    public void showAside(Node view) {
        window.showAside(view);
    }

    /** Back from a view shown aside to what was shown before it. */
    public void back() {
        window.back();
    }
}
