package org.ogireport.ui.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.ogireport.app.Compilation;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.FileDialogs.FileType;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.WindowContext;

/**
 * What a 汇总 sends out, each through the file dialog: the 汇总表 (.xlsx), the 集中公布 page (.html with a folder of
 * the reports' pages beside it), the 反馈单 (.docx) of the returned units or of one unit. A refusal (no unit returned)
 * is said on the board.
 */
final class SummaryOutputs {

    private final WindowContext window;
    private final BoardViewModel board;
    private final MessageBar messages;

    SummaryOutputs(WindowContext window, BoardViewModel board, MessageBar messages) {
        this.window = window;
        this.board = board;
        this.messages = messages;
    }

    private String government() {
        return board.compilation().compiler().name();
    }

    private int year() {
        return board.compilation().year();
    }

    void workbook() {
        write(new FileType(Messages.get("ui.summary.file.xlsx"), "xlsx"),
                Messages.get("summary.book.title", government(), year()) + ".xlsx",
                (c, target) -> c.writeWorkbook(target, true), "ui.summary.workbookDone");
    }

    void portalPage() {
        write(new FileType(Messages.get("ui.summary.file.html"), List.of("html", "htm")),
                Messages.get("summary.page.title", government(), year()) + ".html",
                (c, target) -> c.writePortalPage(target, true), "ui.summary.portalDone");
    }

    /** The 反馈单 of one unit, or of every returned unit when {@code unit} is null. */
    void feedback(String unit) {
        write(new FileType(Messages.get("ui.summary.file.docx"), "docx"),
                Messages.get("ui.summary.feedbackFile", unit == null ? government() : unit, year()) + ".docx",
                (c, target) -> c.writeFeedback(target, unit, true), "ui.summary.feedbackDone");
    }

    /** Asks where (the dialog asks before replacing a file), writes in the background, offers the folder. */
    private void write(FileType type, String proposed, BiConsumer<Compilation, Path> writer, String doneKey) {
        window.files().save(window.owner(), Messages.get("ui.summary.saveTitle"), List.of(type), window.startFolder(),
                proposed).ifPresent(target -> {
                    window.rememberFolder(target.getParent());
                    messages.clear();
                    board.tasks().runShowingProgress(Messages.get("ui.summary.action.write", target.getFileName()),
                            progress -> {
                                writer.accept(board.compilation(), target);
                                return target;
                            }, written -> Dialogs.fileWritten(window.owner(), window.folders(),
                            Messages.get(doneKey), Messages.get("ui.summary.written", written), written),
                            messages::error);
                });
    }
}
