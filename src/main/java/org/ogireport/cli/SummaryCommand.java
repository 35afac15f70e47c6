package org.ogireport.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ogireport.app.Compilation;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summary --out 汇总表.xlsx|集中公布.html}: the 汇总表 workbook, or the portal's 集中公布 page. */
@Command(name = "summary", mixinStandardHelpOptions = true)
final class SummaryCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Mixin
    CompilerOptions compiler;
    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "summary.cli.summaryOut")
    Path out;
    @Option(names = "--force", descriptionKey = "cli.opt.force")
    boolean force;

    @Override
    public Integer call() {
        try (Workspace ws = cli.openWorkspace()) {
            Compilation c = compiler.open(ws);
            if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
                c.writePortalPage(out, force);
            } else {
                c.writeWorkbook(out, force);
            }
        }
        spec.commandLine().getOut().println(Messages.get("cli.export.done", out.toAbsolutePath()));
        return Cli.OK;
    }
}
