package org.ogireport.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import org.ogireport.app.ExportOutcome;
import org.ogireport.app.ExportRefused;
import org.ogireport.app.ExportRequest;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.ui.FileDialogs.FileType;

/**
 * 导出 and 生成校验报告: the file is chosen in the folder used last, under the report's title; it is written in the
 * background with its progress shown. A final copy refused for its errors names them and offers the draft or the
 * way to the first error; a file written offers its folder and lists the warnings still unexplained.
 */
final class Exporting {

    /** The export formats by what the clerk calls them. */
    private static final Map<String, String> KINDS = Map.of("docx", "ui.export.type.docx", "xlsx",
            "ui.export.type.xlsx", "html", "ui.export.type.html", "json", "ui.export.type.json");
    /** How many findings a message lists before it counts the rest. */
    private static final int LISTED = 8;

    private final MainWindowController window;

    Exporting(MainWindowController window) {
        this.window = window;
    }

    /** Exports the open draft (saved first) to a file of a format. */
    void export(String formatId) {
        DraftSession session = window.model().session();
        if (session == null || !window.saveOpenDraft()) {
            return;
        }
        Workspace.prepareExport(formatId);
        Report report = session.report();
        String extension = Workspace.exportExtension(formatId);
        String kind = Messages.get(KINDS.get(formatId));
        FileType type = new FileType(Messages.get("ui.file.type", kind, extension), extension);
        String name = report.catalog().title(report.organ().name(), report.year()) + "." + extension;
        window.files().save(window.stage(), Messages.get("ui.export.chooserTitle", kind), List.of(type),
                window.startFolder(), name).ifPresent(target -> {
                    window.rememberFolder(target.getParent());
                    // The file dialog asked before an existing file was chosen.
                    run(new ExportRequest(report.organ().name(), report.year(), formatId, target, false, true));
                });
    }

    private void run(ExportRequest request) {
        Workspace ws = window.model().workspace();
        record Attempt(ExportOutcome outcome, ExportRefused refused) {
        }
        window.tasks().runShowingProgress(Messages.get("ui.action.export"), progress -> {
            try {
                return new Attempt(ws.export(request, progress), null);
            } catch (ExportRefused e) {
                return new Attempt(null, e);
            }
        }, attempt -> {
            if (attempt.refused() != null) {
                refused(request, attempt.refused().errors());
            } else {
                exported(attempt.outcome());
            }
        });
    }

    /** The final copy was refused: says which errors, and offers the draft or the first error. */
    private void refused(ExportRequest request, List<Finding> errors) {
        int choice = Dialogs.choose(window.stage(), Alert.AlertType.WARNING,
                Messages.get("ui.export.refusedTitle", errors.size()),
                Messages.get("ui.export.refused", lines(errors)),
                List.of(Messages.get("ui.export.draft"), Messages.get("ui.export.fix")),
                Messages.get("ui.dialog.cancel"));
        if (choice == 0) {
            run(new ExportRequest(request.organName(), request.year(), request.formatId(), request.target(), true,
                    true));
        } else if (choice == 1) {
            window.jumpTo(errors.get(0));
        }
    }

    private void exported(ExportOutcome outcome) {
        Path file = outcome.file();
        List<String> parts = new ArrayList<>();
        parts.add(Messages.get("ui.export.where", file.getParent()));
        if (outcome.isDraft()) {
            parts.add(Messages.get("ui.export.isDraft", outcome.draftNote()));
        }
        if (!outcome.unexplainedWarnings().isEmpty()) {
            parts.add(Messages.get("ui.export.warnings", outcome.unexplainedWarnings().size(),
                    lines(outcome.unexplainedWarnings())));
        }
        offerFolder(Messages.get(outcome.isDraft() ? "ui.export.doneDraft" : "ui.export.done", file.getFileName()),
                String.join("\n\n", parts), file);
    }

    /** The rule and message of each finding, one a line, the rest counted. */
    private static String lines(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        findings.stream().limit(LISTED).forEach(f -> lines.add(Messages.get("ui.export.finding", f.rule(),
                f.message())));
        if (findings.size() > LISTED) {
            lines.add(Messages.get("ui.export.more", findings.size() - LISTED));
        }
        return String.join("\n", lines);
    }

    /** Writes the 校验报告 of the open draft's findings, as Word or as a web page (the clerk picks by file type). */
    void writeCheckReport() {
        DraftSession session = window.model().session();
        if (session == null || !window.saveOpenDraft()) {
            return;
        }
        Report snapshot = session.report().copy();
        List<Finding> findings = List.copyOf(session.findings());
        FileType word = new FileType(Messages.get("ui.file.type", Messages.get("ui.export.type.docx"),
                Workspace.checkReportExtension("docx")), Workspace.checkReportExtension("docx"));
        FileType page = new FileType(Messages.get("ui.file.type", Messages.get("ui.export.type.html"),
                Workspace.checkReportExtension("html")), List.of(Workspace.checkReportExtension("html"), "htm"));
        String name = Messages.get("ui.checkReport.fileName", snapshot.organ().name(), snapshot.year()) + "."
                + word.extensions().get(0);
        Optional<Path> chosen = window.files().save(window.stage(), Messages.get("ui.checkReport.chooserTitle"),
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
        }, file -> offerFolder(Messages.get("ui.checkReport.done", file.getFileName()),
                Messages.get("ui.export.where", file.getParent()), file));
    }

    /** Says a file was written and offers to open its folder; names the folder when the desktop cannot. */
    private void offerFolder(String header, String message, Path file) {
        int choice = Dialogs.choose(window.stage(), Alert.AlertType.INFORMATION, header, message,
                List.of(Messages.get("ui.export.openFolder")), Messages.get("ui.dialog.ok"));
        if (choice == 0 && !window.folders().open(file.getParent())) {
            Dialogs.info(window.stage(), Messages.get("ui.export.noDesktopTitle"),
                    Messages.get("ui.export.noDesktop", file.getParent()));
        }
    }
}
