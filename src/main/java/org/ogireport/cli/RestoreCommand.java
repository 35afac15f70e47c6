package org.ogireport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogireport.app.RestoreOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: replaces the store with a backup (the present data is backed up first). */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.opt.backupFile")
    Path file;

    @Override
    public Integer call() {
        RestoreOutcome r = Workspace.restore(cli.dataDir(), file);
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.get("cli.restore.done", file.toAbsolutePath(), cli.dataDir(), r.organs(), r.drafts(),
                r.revisions()));
        out.println(r.previousData().map(p -> Messages.get("cli.restore.previous", p))
                .orElseGet(() -> Messages.get("cli.restore.noPrevious")));
        return Cli.OK;
    }
}
