package org.ogireport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogireport.app.Compilation;
import org.ogireport.app.UnitStatus;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code status}: the tracking board — every unit, what it sent last and where that stands. */
@Command(name = "status", mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Mixin
    CompilerOptions compiler;
    @Option(names = "--json", descriptionKey = "cli.opt.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = cli.openWorkspace()) {
            Compilation c = compiler.open(ws);
            List<UnitStatus> board = c.board();
            if (json) {
                out.println(toJson(board));
                return Cli.OK;
            }
            out.println(Messages.get("summary.cli.statusTitle", c.compiler().name(), c.year(), board.size(),
                    board.stream().filter(s -> s.latest().isPresent()).count()));
            int n = 0;
            for (UnitStatus s : board) {
                out.println(Messages.get("summary.cli.statusRow", ++n, s.unit().name(), s.state().label(),
                        s.latest().map(StatusCommand::received).orElse("")));
            }
        }
        return Cli.OK;
    }

    private static String received(Submission s) {
        return Messages.get("summary.cli.received",
                TIME.format(s.receivedAt().atZoneSameInstant(ZoneId.systemDefault())), s.fileName(), s.errors(),
                s.warnings());
    }

    private static String toJson(List<UnitStatus> board) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (UnitStatus s : board) {
            ObjectNode o = a.addObject();
            o.put("unit", s.unit().name());
            o.put("kind", s.unit().kind().id());
            o.put("relation", s.unit().relation().id());
            o.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
            s.latest().ifPresent(sub -> {
                o.put("received", sub.receivedAt().toString());
                o.put("file", sub.fileName());
                o.put("sha256", sub.sha256());
                o.put("errors", sub.errors());
                o.put("warnings", sub.warnings());
                sub.review().ifPresent(r -> o.put("comment", r.comment()));
            });
        }
        return a.toPrettyString();
    }
}
