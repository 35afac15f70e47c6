package org.ogireport.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ogireport.app.Compilation;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code aggregate}: sums the units' reports that count into the government's aggregate report (stored as a draft
 * of scope aggregate, its prose kept) and checks it. Exit 1 when the aggregate has errors.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true)
final class AggregateCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Mixin
    CompilerOptions compiler;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = cli.openWorkspace()) {
            Compilation c = compiler.open(ws);
            Compilation.Summed summed = c.aggregate();
            out.println(Messages.get("summary.cli.summed", c.compiler().name(), c.year(), summed.included().size()));
            for (Map.Entry<String, String> left : summed.leftOut().entrySet()) {
                out.println(Messages.get("summary.cli.leftOut", left.getKey(), left.getValue()));
            }
            boolean errors = false;
            for (Finding f : ws.validate(summed.aggregate())) {
                if (f.severity() == Severity.E || f.rule().startsWith("A-")) {
                    out.println("  · [" + f.rule() + "] " + f.message());
                    errors |= f.severity() == Severity.E;
                }
            }
            out.println(Messages.get("summary.cli.exportHint", c.compiler().name(), c.year()));
            return errors ? Cli.REPORT_HAS_ERRORS : Cli.OK;
        }
    }
}
