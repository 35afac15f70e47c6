package org.ogireport.ui.files;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.ogireport.app.ImportOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Report;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.FileDialogs.FileType;
import org.ogireport.ui.NameSuggestions;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.WindowContext;
import org.ogireport.util.UserException;

/**
 * 导入已有年报…: a file is picked and read in the background, what it gave is previewed, and only on the clerk's
 * confirmation stored — an existing draft of that organ and year is replaced or kept only when the clerk says which,
 * with a warning when the import holds much less than the draft — and then opened. A file that gave nothing of a
 * report is refused before any preview.
 */
public final class ImportCommand {

    private final WindowContext window;

    public ImportCommand(WindowContext window) {
        this.window = window;
    }

    public void start() {
        if (!window.saveOpenDraft()) {
            return;
        }
        List<String> extensions = Workspace.readableExtensions();
        FileType readable = new FileType(Messages.get("ui.import.fileType",
                String.join(" ", extensions.stream().map(e -> "*." + e).toList())), extensions);
        window.files().open(window.owner(), Messages.get("ui.import.chooserTitle"), List.of(readable),
                window.startFolder()).ifPresent(this::read);
    }

    /** What a file gave, whether it named the organ and year itself, and the organs stored (to be offered). */
    record Read(ImportOutcome outcome, boolean untitled, List<String> organs) {
    }

    private void read(Path file) {
        window.rememberFolder(file.getParent());
        String name = file.getFileName().toString();
        Workspace ws = window.workspace();
        String openOrgan = window.openReport().map(r -> r.organ().name()).orElse(null);
        window.tasks().runShowingProgress(Messages.get("ui.action.import", name), progress -> {
            List<DraftInfo> drafts = ws.listDrafts();
            List<String> organs = drafts.stream().map(DraftInfo::organName).distinct().toList();
            try {
                return new Read(Workspace.preview(file, null, null), false, organs);
            } catch (UserException untitled) {
                // A copy without its title (the body of a web page) names neither organ nor year: it is read as the
                // clerk's own report of last year, to be corrected in the preview. Any other failure fails again, and
                // the second failure is the one shown: with the organ and year given, what is left is the file's own
                // fault (a page without a title that holds nothing of a report is told so, not that it lacks a title).
                String organ = openOrgan != null ? openOrgan : drafts.stream()
                        .max(Comparator.comparing(DraftInfo::updatedAt)).map(DraftInfo::organName)
                        .orElse(ImportPreviewView.unknownOrgan());
                return new Read(Workspace.preview(file, organ, ws.yearDue()), true, organs);
            }
        }, read -> preview(name, read));
    }

    private void preview(String fileName, Read read) {
        ImportPreviewView view = ViewLoader.load(ImportPreviewView.class);
        view.init(fileName, read.outcome(), read.untitled(), filed -> confirm(fileName, filed), window::back);
        NameSuggestions.attach(view.organField(), read::organs);
        window.showAside(view.root());
        Platform.runLater(view::focusFirst);
    }

    /**
     * Asks what to do with an existing draft of the organ and year, if there is one and the import would change it,
     * then stores. Replacing a draft with much less than it holds is asked in words that say so, with both counts.
     */
    private void confirm(String fileName, ImportOutcome filed) {
        Workspace ws = window.workspace();
        Report report = filed.report();
        String organ = report.organ().name();
        int year = report.year();
        window.tasks().run(Messages.get("ui.action.open"), () -> ws.targetOf(filed), target -> {
            boolean keepCurrent = false;
            if (target.exists() && !target.identical()) {
                boolean losesMuch = target.losesMuchTo(filed);
                int choice = Dialogs.choose(window.owner(), losesMuch ? Alert.AlertType.WARNING
                                : Alert.AlertType.CONFIRMATION,
                        Messages.get(losesMuch ? "ui.import.muchLessTitle" : "ui.import.existsTitle", organ, year),
                        losesMuch ? Messages.get("ui.import.muchLess", organ, year, target.cells(), target.texts(),
                                fileName, filed.cellsRead(), filed.textsRead())
                                : Messages.get("ui.import.exists", organ, year),
                        List.of(Messages.get(losesMuch ? "ui.import.replaceAnyway" : "ui.import.replace"),
                                Messages.get("ui.import.keep")),
                        Messages.get("ui.dialog.cancel"));
                if (choice < 0) {
                    return;
                }
                keepCurrent = choice == 1;
            }
            store(ws, fileName, filed, keepCurrent);
        });
    }

    private void store(Workspace ws, String fileName, ImportOutcome filed, boolean keepCurrent) {
        String organ = filed.report().organ().name();
        int year = filed.report().year();
        record Stored(ImportOutcome outcome, Report report, Report previousYear) {
        }
        window.tasks().run(Messages.get("ui.action.storeImport"), () -> {
            ImportOutcome outcome = ws.storeImport(filed, fileName, keepCurrent);
            Report report = ws.require(organ, year);
            return new Stored(outcome, report, ws.previousYear(report).orElse(null));
        }, stored -> window.openDraft(stored.report(), stored.previousYear(), stored.outcome().unchanged()
                ? Messages.get("ui.import.unchanged", fileName, organ, year)
                : keepCurrent ? Messages.get("ui.import.kept", fileName, stored.outcome().revisionId())
                : Messages.get(stored.outcome().replacedExisting() ? "ui.import.replaced" : "ui.import.stored",
                fileName, stored.outcome().cellsRead(), stored.outcome().textsRead())));
    }
}
