package org.ogireport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogireport.app.ExportOutcome;
import org.ogireport.app.ExportProgress;
import org.ogireport.app.ExportRefused;
import org.ogireport.app.ExportRequest;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.ReportKey;
import org.ogireport.rules.Deadline;
import org.ogireport.rules.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes an organ's report of a year as a file, the final copy or (with {@code --draft}) a draft
 * marked 草稿. Exit 1 when the final copy is refused because the report has errors (as {@code validate} does).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    OrganYear draft;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, descriptionKey = "export.cli.format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.opt.out")
    Path out;

    @Option(names = "--draft", descriptionKey = "export.cli.draft")
    boolean asDraft;

    @Option(names = "--force", descriptionKey = "cli.opt.force")
    boolean force;

    @Override
    public Integer call() {
        ReportKey key = draft.key();
        Workspace.prepareExport(format);
        ExportOutcome outcome;
        try (Workspace ws = cli.openWorkspace()) {
            outcome = ws.export(new ExportRequest(key.organName(), key.year(), key.scope(), format, out, asDraft,
                    force),
                    ExportProgress.NONE);
        } catch (ExportRefused refused) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(refused.getMessage());
            err.println(Messages.get("export.cli.draftHint"));
            return Cli.REPORT_HAS_ERRORS;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(Messages.get("cli.export.done", out.toAbsolutePath()));
        if (outcome.isDraft()) {
            stdout.println(Messages.get("export.cli.isDraft", outcome.draftNote()));
        }
        if (outcome.isLate()) {
            stdout.println("[" + Deadline.RULE + "] " + outcome.lateNote());
        }
        if (!outcome.unexplainedWarnings().isEmpty()) {
            stdout.println(Messages.get("export.cli.warnings", outcome.unexplainedWarnings().size()));
            for (Finding w : outcome.unexplainedWarnings()) {
                stdout.println("  · [" + w.rule() + "] " + w.message());
            }
        }
        return Cli.OK;
    }
}
