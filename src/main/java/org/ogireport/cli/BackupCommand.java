package org.ogireport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup}: writes a compressed backup of the whole store now. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = cli.openWorkspace()) {
            Path file = ws.backup();
            spec.commandLine().getOut().println(Messages.get("cli.backup.done", file));
        }
        return Cli.OK;
    }
}
