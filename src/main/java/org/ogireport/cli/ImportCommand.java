package org.ogireport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogireport.app.ImportOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE}: stores the report in a file as the draft of its organ and year. A file that gives less than half
 * of the draft it would replace needs {@code --replace}; {@code --dry-run} tells the same, storing nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "import.opt.file")
    Path file;

    @Option(names = "--org", paramLabel = "NAME", descriptionKey = "cli.opt.importOrg")
    String organ;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.opt.importYear")
    Integer year;

    @Option(names = "--dry-run", descriptionKey = "cli.opt.dryRun")
    boolean dryRun;

    @Option(names = "--replace", descriptionKey = "cli.opt.replace")
    boolean replace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportOutcome o;
        if (dryRun && !Workspace.hasData(cli.dataDir())) {
            o = Workspace.preview(file, organ, year); // no data yet, so no draft to replace: nothing is created
        } else {
            try (Workspace ws = cli.openWorkspace()) {
                o = dryRun ? ws.dryRunImport(file, organ, year, replace) : ws.importFile(file, organ, year, replace);
            }
        }
        Report r = o.report();
        String status = Messages.get(r.mode() == ValueMode.COMPUTED ? "status.draft" : "status.published");
        String heading = !o.stored() ? "cli.import.dryRun" : o.unchanged() ? "cli.import.unchanged"
                : "cli.import.stored";
        out.println(Messages.get(heading, r.organ().name(), r.year(), r.formatVersion().id(), status));
        out.println(Messages.get("cli.import.counts", o.cellsRead(), r.catalog().cellCount(), o.textsRead()));
        if (!o.notFound().isEmpty()) {
            long cells = o.notFound().stream().filter(r.catalog()::isCell).count();
            out.println(Messages.get("import.cli.notFound", cells, o.notFound().size() - cells));
        }
        if (o.replacedExisting()) {
            out.println(Messages.get(o.stored() ? "cli.import.replaced" : "cli.import.wouldReplace"));
        } else if (o.unchanged() && !o.stored()) {
            out.println(Messages.get("cli.import.wouldBeUnchanged"));
        }
        if (o.warnings().isEmpty()) {
            out.println(Messages.get("cli.import.noWarnings"));
        } else {
            out.println(Messages.get("cli.import.warnings", o.warnings().size()));
            o.warnings().forEach(w -> out.println("  · " + w));
        }
        return Cli.OK;
    }
}
