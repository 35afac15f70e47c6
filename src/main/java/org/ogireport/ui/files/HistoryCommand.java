package org.ogireport.ui.files;

import java.time.ZoneId;
import java.util.Optional;
import javafx.application.Platform;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.model.RevisionInfo;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.WindowContext;

/**
 * 修订历史: the open draft (saved first) with every saved state of it, newest first, in its place; restoring one,
 * after the clerk confirms, makes it the current draft again as a new revision and opens it.
 */
public final class HistoryCommand {

    private final WindowContext window;

    public HistoryCommand(WindowContext window) {
        this.window = window;
    }

    public void start() {
        Optional<Report> open = window.openReport();
        if (open.isEmpty() || !window.saveOpenDraft()) {
            return;
        }
        ReportKey key = ReportKey.of(open.get());
        Workspace ws = window.workspace();
        window.tasks().run(Messages.get("ui.action.history"), () -> ws.history(key), list -> {
            HistoryView view = ViewLoader.load(HistoryView.class);
            view.init(Messages.get("ui.history.title", key.organName(), key.year()), list, this::restore,
                    window::back);
            window.showAside(view.root());
            Platform.runLater(view::focusFirst);
        });
    }

    private void restore(RevisionInfo revision) {
        Optional<Report> open = window.openReport();
        if (open.isEmpty() || !window.saveOpenDraft()) {
            return;
        }
        String time = HistoryView.TIME.format(revision.savedAt().atZoneSameInstant(ZoneId.systemDefault()));
        if (!Dialogs.confirm(window.owner(), Messages.get("ui.history.confirmTitle", revision.id()),
                Messages.get("ui.history.confirm", revision.id(), time, revision.note()),
                Messages.get("ui.history.restore"))) {
            return;
        }
        Workspace ws = window.workspace();
        ReportKey key = ReportKey.of(open.get());
        record Restored(Report report, Report previousYear, long revision) {
        }
        window.tasks().run(Messages.get("ui.action.restore"), () -> {
            long id = ws.restoreRevision(key, revision.id());
            Report restored = ws.require(key);
            return new Restored(restored, ws.previousYear(restored).orElse(null), id);
        }, r -> window.openDraft(r.report(), r.previousYear(),
                Messages.get("ui.history.restored", revision.id(), r.revision())));
    }
}
