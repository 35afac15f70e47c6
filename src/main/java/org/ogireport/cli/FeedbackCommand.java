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

/** {@code feedback --out 反馈单.docx [--unit NAME]}: the 反馈单 of the returned units, or of one unit. */
@Command(name = "feedback", mixinStandardHelpOptions = true)
final class FeedbackCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Mixin
    CompilerOptions compiler;
    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "summary.cli.feedbackOut")
    Path out;
    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "summary.cli.feedbackUnit")
    String unit;
    @Option(names = "--force", descriptionKey = "cli.opt.force")
    boolean force;

    @Override
    public Integer call() {
        try (Workspace ws = cli.openWorkspace()) {
            compiler.open(ws).writeFeedback(out, unit, force);
        }
        spec.commandLine().getOut().println(Messages.get("cli.export.done", out.toAbsolutePath()));
        return Cli.OK;
    }
}
