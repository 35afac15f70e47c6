package org.ogireport.ui.server;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import org.ogireport.app.ExportRefused;
import org.ogireport.app.SentReport;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.SubmitOutcome;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.rules.Finding;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.WindowContext;

/**
 * 导出 → 报送正式版…: the open draft is saved and its final copy sent to the shared inbox in the background, with
 * the progress in the status bar. Refused, as the final export is, while errors remain (named, with the way to the
 * first); the same content sent again is said to be there already. Without a server set, the settings come first.
 * The cover then shows where the report stands; it is also looked up, quietly, when a draft is opened.
 */
public final class SubmitCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** How many errors a refusal lists before it counts the rest. */
    private static final int LISTED = 8;

    private final WindowContext window;

    public SubmitCommand(WindowContext window) {
        this.window = window;
    }

    /** Sends the open draft's final copy (the server set first when none is). */
    public void start() {
        if (window.openReport().isEmpty()) {
            return;
        }
        if (window.server().login().isEmpty()) {
            new ServerSettingsCommand(window).start(saved -> send());
            return;
        }
        send();
    }

    private void send() {
        Optional<Report> open = window.openReport();
        if (open.isEmpty() || !window.saveOpenDraft()) {
            return;
        }
        ReportKey key = ReportKey.of(open.get());
        ServerInbox inbox = window.server().inbox();
        window.server().connectThen(inbox, () -> send(inbox, key), window.tasks()::showFailure);
    }

    /** Sends the report stored (on the store's thread: it is read and checked there), the server reached already. */
    private void send(ServerInbox inbox, ReportKey key) {
        record Attempt(SubmitOutcome outcome, Optional<SentReport> latest, List<Finding> refused) {
        }
        window.tasks().runShowingProgress(Messages.get("ui.server.action.submit"), progress -> {
            progress.update(-1, Messages.get("ui.server.submitting", inbox.where()));
            try {
                SubmitOutcome outcome = inbox.submit(key);
                return new Attempt(outcome, inbox.latest(key), List.of());
            } catch (ExportRefused e) {
                return new Attempt(null, null, e.errors());
            }
        }, attempt -> {
            if (!attempt.refused().isEmpty()) {
                refused(attempt.refused());
                return;
            }
            window.showSent(key, attempt.latest());
            SubmitOutcome o = attempt.outcome();
            String when = TIME.format(o.submittedAt().atZoneSameInstant(ZoneId.systemDefault()));
            Dialogs.info(window.owner(), Messages.get(o.added() ? "ui.server.submitted" : "ui.server.unchanged"),
                    Messages.get(o.added() ? "ui.server.submittedText" : "ui.server.unchangedText", inbox.where(),
                            o.id(), when));
        });
    }

    /** The final copy was refused: says which errors, and offers the way to the first. */
    private void refused(List<Finding> errors) {
        List<String> lines = new ArrayList<>();
        errors.stream().limit(LISTED).forEach(f -> lines.add(Messages.get("ui.export.finding", f.rule(),
                f.message())));
        if (errors.size() > LISTED) {
            lines.add(Messages.get("ui.export.more", errors.size() - LISTED));
        }
        int choice = Dialogs.choose(window.owner(), Alert.AlertType.WARNING,
                Messages.get("ui.server.refusedTitle", errors.size()),
                Messages.get("ui.server.refused", String.join("\n", lines)),
                List.of(Messages.get("ui.export.fix")), Messages.get("ui.dialog.ok"));
        if (choice == 0) {
            window.jumpTo(errors.get(0));
        }
    }

    /**
     * Looks up, off the FX thread and without asking for a password, what became of a report opened while a server
     * is set; says nothing when the server cannot be reached or wants a password not at hand.
     */
    public void lookUp(Report report) {
        ServerInbox inbox = window.server().inbox();
        if (inbox == null) {
            return;
        }
        ReportKey key = ReportKey.of(report);
        window.tasks().runApart(Messages.get("ui.server.action.status"),
                () -> window.server().quietly(() -> inbox.latest(key)), latest -> window.showSent(key, latest),
                message -> {
                });
    }
}
