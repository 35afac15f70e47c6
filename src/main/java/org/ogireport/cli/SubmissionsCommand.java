package org.ogireport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogireport.app.SentReport;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganNames;
import org.ogireport.model.Scope;
import org.ogireport.util.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code submissions --org NAME [--year YYYY] [--json]}: what an organ sent to the shared inbox, newest first, with
 * where each stands (已报送, 已审核, 退回) and the compiling office's comment.
 */
@Command(name = "submissions", mixinStandardHelpOptions = true)
final class SubmissionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Option(names = "--org", paramLabel = "NAME", required = true, descriptionKey = "cli.opt.org")
    String organ;
    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "server.cli.opt.sentYear")
    Integer year;
    @Option(names = "--json", descriptionKey = "cli.opt.json")
    boolean json;

    @Override
    public Integer call() {
        if (year != null) {
            Workspace.checkYear(year);
        }
        List<SentReport> sent;
        ServerInbox inbox;
        try (Workspace ws = cli.openWorkspace()) {
            inbox = cli.inbox(ws);
            String mine = inbox.organ();
            if (OrganNames.compare(organ, mine) != OrganNames.Likeness.SAME) {
                throw new UserException(Messages.get("server.cli.otherOrgan", organ, inbox.role(), mine));
            }
            sent = inbox.sent(year);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(sent));
            return Cli.OK;
        }
        out.println(Messages.get("server.cli.sentTitle", organ, inbox.where(), sent.size()));
        for (SentReport s : sent) {
            out.println(Messages.get("server.cli.sentRow", s.id(), s.year(), s.scope() == Scope.AGGREGATE
                    ? Messages.get("cli.list.aggregate") : "", time(s.submittedAt()), s.state().label(),
                    s.comment().isEmpty() ? "" : "：" + s.comment()));
        }
        return Cli.OK;
    }

    /** A time of the server's, in this computer's zone. */
    static String time(OffsetDateTime t) {
        return t.atZoneSameInstant(ZoneId.systemDefault()).format(TIME);
    }

    private static String toJson(List<SentReport> sent) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (SentReport s : sent) {
            ObjectNode o = a.addObject();
            o.put("id", s.id());
            o.put("organ", s.organ());
            o.put("year", s.year());
            o.put("scope", s.scope().id());
            o.put("submittedAt", s.submittedAt().toString());
            o.put("submittedBy", s.submittedBy());
            o.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
            o.put("comment", s.comment());
        }
        return a.toPrettyString();
    }
}
