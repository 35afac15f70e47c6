package org.ogireport.ui.files;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.layout.Pane;
import org.ogireport.app.PrintedReport;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.Printing;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.WindowContext;

/**
 * 打印: the open draft as its Word file will look, laid out by the app itself ({@link PrintPages} from
 * {@link Workspace#printed}), shown in the draft's place, and sent through the system's print dialog, so that a
 * draft can go to the leader for 审签 without Word. A report with errors prints as a draft, marked on every page.
 */
public final class PrintCommand {

    private final WindowContext window;

    public PrintCommand(WindowContext window) {
        this.window = window;
    }

    public void start() {
        Optional<Report> open = window.openReport();
        if (open.isEmpty() || !window.saveOpenDraft()) {
            return;
        }
        Report report = open.get().copy();
        Workspace ws = window.workspace();
        window.tasks().run(Messages.get("ui.action.print"), () -> ws.printed(report), printed -> {
            List<Pane> pages = PrintPages.of(printed);
            String title = report.catalog().title(report.organ().name(), report.year());
            PrintPreviewView view = ViewLoader.load(PrintPreviewView.class);
            String about = Messages.get(printed.draftMark() == null ? "ui.print.hint" : "ui.print.hintDraft",
                    pages.size());
            view.init(Messages.get("ui.print.title", title), about, pages, () -> print(view, printed, title),
                    window::back);
            window.showAside(view.root());
            Platform.runLater(view::focusFirst);
        });
    }

    /** Prints fresh pages (the shown ones stay as they are) and says what became of them. */
    private void print(PrintPreviewView view, PrintedReport printed, String title) {
        List<Pane> pages = PrintPages.of(printed);
        Printing.Outcome outcome = window.printing().print(window.owner(), pages, title);
        switch (outcome) {
            case PRINTED -> view.say(Messages.get("ui.print.done", pages.size()));
            case CANCELLED -> view.say(null);
            case NO_PRINTER -> Dialogs.info(window.owner(), Messages.get("ui.print.noPrinterTitle"),
                    Messages.get("ui.print.noPrinter"));
            case FAILED -> view.say(Messages.get("ui.print.failed"));
            default -> throw new IllegalStateException(outcome.name());
        }
    }
}
