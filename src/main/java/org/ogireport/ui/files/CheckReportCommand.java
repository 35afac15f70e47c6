package org.ogireport.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.FileDialogs.FileType;
import org.ogireport.ui.WindowContext;

/**
 * 生成校验报告: the findings of the open draft (saved first) written as Word or as a web page, as the clerk picks by
 * file type in the folder used last; written in the background, then its folder is offered.
 */
public final class CheckReportCommand {

    private final WindowContext window;

    public CheckReportCommand(WindowContext window) {
        this.window = window;
    }

    public void start() {
        Optional<Report> open = window.openReport();
        if (open.isEmpty() || !window.saveOpenDraft()) {
            return;
        }
        Report snapshot = open.get().copy();
        List<Finding> findings = window.openFindings();
        FileType word = new FileType(Messages.get("ui.file.type", Messages.get("ui.export.type.docx"),
                Workspace.checkReportExtension("docx")), Workspace.checkReportExtension("docx"));
        FileType page = new FileType(Messages.get("ui.file.type", Messages.get("ui.export.type.html"),
                Workspace.checkReportExtension("html")), List.of(Workspace.checkReportExtension("html"), "htm"));
        String name = Messages.get("ui.checkReport.fileName", snapshot.organ().name(), snapshot.year()) + "."
                + word.extensions().get(0);
        Optional<Path> chosen = window.files().save(window.owner(), Messages.get("ui.checkReport.chooserTitle"),
                List.of(word, page), window.startFolder(), name);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        window.rememberFolder(target.getParent());
        String formatId = page.matches(target) ? "html" : "docx";
        window.tasks().runShowingProgress(Messages.get("ui.action.checkReport"), progress -> {
            Workspace.writeCheckReport(snapshot, findings, formatId, target, true);
            return target;
        }, file -> Dialogs.fileWritten(window.owner(), window.folders(),
                Messages.get("ui.checkReport.done", file.getFileName()),
                Messages.get("ui.export.where", file.getParent()), file));
    }
}
