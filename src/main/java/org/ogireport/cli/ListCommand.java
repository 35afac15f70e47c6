package org.ogireport.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Scope;
import org.ogireport.model.ValueMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list}: every organ and year in the store, with the state of each draft. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = cli.openWorkspace()) {
            List<DraftInfo> drafts = ws.listDrafts();
            if (drafts.isEmpty()) {
                out.println(Messages.get("cli.list.empty", ws.dataDir()));
                return Cli.OK;
            }
            out.println(Messages.get("cli.list.header", drafts.size(), ws.dataDir()));
            for (DraftInfo d : drafts) {
                out.println(Messages.get("cli.list.row", d.organName(), d.organKind().label(), d.year(),
                        d.formatVersion(),
                        Messages.get(d.mode() == ValueMode.COMPUTED ? "status.draft" : "status.published"),
                        d.errors(), d.warnings(),
                        TIME.format(d.updatedAt().atZoneSameInstant(java.time.ZoneId.systemDefault())),
                        d.scope() == Scope.AGGREGATE ? Messages.get("cli.list.aggregate") : ""));
            }
        }
        return Cli.OK;
    }
}
