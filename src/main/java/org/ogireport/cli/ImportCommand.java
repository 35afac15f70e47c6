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

/** {@code import FILE}: stores the report in a file as the draft of its organ and year. */
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportOutcome o;
        if (dryRun) {
            o = Workspace.preview(file, organ, year); // reads without opening (or locking) the store
        } else {
            try (Workspace ws = cli.openWorkspace()) {
                o = ws.importFile(file, organ, year);
            }
        }
        Report r = o.report();
        String status = Messages.get(r.mode() == ValueMode.COMPUTED ? "status.draft" : "status.published");
        out.println(Messages.get(o.stored() ? "cli.import.stored" : "cli.import.dryRun", r.organ().name(),
                r.year(), r.formatVersion().id(), status));
        out.println(Messages.get("cli.import.counts", o.cellsRead(), r.catalog().cellCount(), o.textsRead()));
        if (!o.notFound().isEmpty()) {
            long cells = o.notFound().stream().filter(r.catalog()::isCell).count();
            out.println(Messages.get("import.cli.notFound", cells, o.notFound().size() - cells));
        }
        if (o.replacedExisting()) {
            out.println(Messages.get("cli.import.replaced"));
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
