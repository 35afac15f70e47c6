package org.ogireport.ui.files;

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
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.FileDialogs.FileType;
import org.ogireport.ui.WindowContext;

/**
 * 导出: the file is chosen in the folder used last, under the report's title; it is written in the background with
 * its progress shown. A final copy refused for its errors names them and offers the draft or the way to the first
 * error; a file written offers its folder, says when it was written after the report's deadline and lists the
 * warnings still unexplained.
 */
public final class ExportCommand {

    /** The export formats by what the clerk calls them. */
    private static final Map<String, String> KINDS = Map.of("docx", "ui.export.type.docx", "xlsx",
            "ui.export.type.xlsx", "html", "ui.export.type.html", "json", "ui.export.type.json");
    /** How many findings a message lists before it counts the rest. */
    private static final int LISTED = 8;

    private final WindowContext window;

    public ExportCommand(WindowContext window) {
        this.window = window;
    }

    /** Exports the open draft (saved first) to a file of a format. */
    public void start(String formatId) {
        Optional<Report> open = window.openReport();
        if (open.isEmpty() || !window.saveOpenDraft()) {
            return;
        }
        Workspace.prepareExport(formatId);
        Report report = open.get();
        String extension = Workspace.exportExtension(formatId);
        String kind = Messages.get(KINDS.get(formatId));
        FileType type = new FileType(Messages.get("ui.file.type", kind, extension), extension);
        String name = report.catalog().title(report.organ().name(), report.year()) + "." + extension;
        window.files().save(window.owner(), Messages.get("ui.export.chooserTitle", kind), List.of(type),
                window.startFolder(), name).ifPresent(target -> {
                    window.rememberFolder(target.getParent());
                    // The file dialog asked before an existing file was chosen.
                    run(new ExportRequest(report.organ().name(), report.year(), report.scope(), formatId, target,
                            false, true));
                });
    }

    private void run(ExportRequest request) {
        Workspace ws = window.workspace();
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
        int choice = Dialogs.choose(window.owner(), Alert.AlertType.WARNING,
                Messages.get("ui.export.refusedTitle", errors.size()),
                Messages.get("ui.export.refused", lines(errors)),
                List.of(Messages.get("ui.export.draft"), Messages.get("ui.export.fix")),
                Messages.get("ui.dialog.cancel"));
        if (choice == 0) {
            run(new ExportRequest(request.organName(), request.year(), request.scope(), request.formatId(),
                    request.target(), true, true));
        } else if (choice == 1) {
            window.jumpTo(errors.get(0));
        }
    }

    private void exported(ExportOutcome outcome) {
        Path file = outcome.file();
        List<String> parts = new ArrayList<>();
        parts.add(Messages.get("ui.export.where", file.getParent()));
        if (outcome.isLate()) {
            // Said here, never in the file (D-01).
            parts.add(outcome.lateNote());
        }
        if (outcome.isDraft()) {
            parts.add(Messages.get("ui.export.isDraft", outcome.draftNote()));
        }
        if (!outcome.unexplainedWarnings().isEmpty()) {
            parts.add(Messages.get("ui.export.warnings", outcome.unexplainedWarnings().size(),
                    lines(outcome.unexplainedWarnings())));
        }
        Dialogs.fileWritten(window.owner(), window.folders(), Messages.get(outcome.isDraft() ? "ui.export.doneDraft"
                : "ui.export.done", file.getFileName()), String.join("\n\n", parts), file);
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
}
