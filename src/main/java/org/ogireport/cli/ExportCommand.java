package org.ogireport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export}: writes the draft of an organ and year as a file. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    OrganYear draft;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, descriptionKey = "cli.opt.format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.opt.out")
    Path out;

    @Option(names = "--force", descriptionKey = "cli.opt.force")
    boolean force;

    @Override
    public Integer call() {
        Workspace.checkYear(draft.year);
        try (Workspace ws = cli.openWorkspace()) {
            ws.export(draft.organ, draft.year, format, out, force);
        }
        spec.commandLine().getOut().println(Messages.get("cli.export.done", out.toAbsolutePath()));
        return Cli.OK;
    }
}
