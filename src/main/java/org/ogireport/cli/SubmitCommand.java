package org.ogireport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ogireport.app.ExportRefused;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.SubmitOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.ReportKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code submit --org NAME --year YYYY}: sends the final copy of a report to the shared inbox (the global
 * {@code --server}/{@code --user}, else the settings). Exit 1 when it still has errors (as {@code export}), 2 when the
 * server cannot be reached or refuses; the local draft is never changed.
 */
@Command(name = "submit", mixinStandardHelpOptions = true)
final class SubmitCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Mixin
    OrganYear report;

    @Override
    public Integer call() {
        ReportKey key = report.key();
        SubmitOutcome outcome;
        ServerInbox inbox;
        try (Workspace ws = cli.openWorkspace()) {
            inbox = cli.inbox(ws);
            outcome = inbox.submit(key);
        } catch (ExportRefused refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return Cli.REPORT_HAS_ERRORS;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.get(outcome.added() ? "server.cli.submitted" : "server.cli.alreadySubmitted",
                key.organName(), key.year(), inbox.where(), outcome.id(), SubmissionsCommand.time(
                        outcome.submittedAt())));
        return Cli.OK;
    }
}
