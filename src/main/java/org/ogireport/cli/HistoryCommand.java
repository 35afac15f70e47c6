package org.ogireport.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.ReportKey;
import org.ogireport.model.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code history}: the revisions of a draft; {@code --restore N} makes revision N current again. */
@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    OrganYear draft;

    @Option(names = "--restore", paramLabel = "N", descriptionKey = "cli.opt.restoreRevision")
    Long restore;

    @Override
    public Integer call() {
        ReportKey key = draft.key();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = cli.openWorkspace()) {
            if (restore != null) {
                long id = ws.restoreRevision(key, restore);
                out.println(Messages.get("cli.history.restored", restore, id));
                return Cli.OK;
            }
            out.println(Messages.get("cli.history.title", draft.organ.strip(), draft.year));
            for (RevisionInfo r : ws.history(key)) {
                out.println(Messages.get(r.current() ? "cli.history.rowCurrent" : "cli.history.row", r.id(),
                        TIME.format(r.savedAt().atZoneSameInstant(ZoneId.systemDefault())), r.note(), r.summary()));
            }
        }
        return Cli.OK;
    }
}
