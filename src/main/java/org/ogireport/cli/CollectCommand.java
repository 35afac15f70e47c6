package org.ogireport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ogireport.app.CollectOptions;
import org.ogireport.app.CollectProgress;
import org.ogireport.app.CollectedFile;
import org.ogireport.app.Compilation;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code collect FILES-OR-FOLDERS} or {@code collect --server-inbox}: stores the reports units sent (as files, or to
 * the shared inbox: the newest of each unit), each for its unit. Exit 0 when every file is
 * stored (or was received before), 2 when some are not (each listed with the reason).
 */
@Command(name = "collect", mixinStandardHelpOptions = true)
final class CollectCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Mixin
    CompilerOptions compiler;
    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "summary.cli.files")
    List<Path> files = List.of();
    @Option(names = "--server-inbox", descriptionKey = "server.cli.opt.serverInbox")
    boolean serverInbox;
    @Option(names = "--dry-run", descriptionKey = "summary.cli.dryRun")
    boolean dryRun;
    @Option(names = "--json", descriptionKey = "cli.opt.json")
    boolean json;
    @Option(names = "--known-only", descriptionKey = "summary.cli.knownOnly")
    boolean knownOnly;
    @Option(names = "--take-newest", descriptionKey = "summary.cli.takeNewest")
    boolean takeNewest;

    @Override
    public Integer call() {
        if (files.isEmpty() == !serverInbox) {
            throw new UserException(Messages.get("server.cli.filesOrInbox"));
        }
        List<CollectedFile> done;
        try (Workspace ws = cli.openWorkspace()) {
            CollectOptions options = new CollectOptions(knownOnly, takeNewest, Map.of(), dryRun);
            Compilation c = compiler.open(ws);
            done = serverInbox ? c.collectInbox(cli.inbox(ws), options, CollectProgress.NONE, () -> false)
                    : c.collect(files, options, CollectProgress.NONE, () -> false);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(done));
        } else {
            for (CollectedFile f : done) {
                out.println(Messages.get("summary.cli.fileRow", f.file().getFileName(), f.outcome().label(),
                        f.unit().isEmpty() ? "" : "“" + f.unit() + "”" + (f.unitAdded()
                                ? Messages.get("summary.cli.unitAdded") : ""),
                        f.reason().isEmpty() ? "" : "：" + f.reason()
                                + (f.candidates().isEmpty() ? "" : Messages.get("summary.cli.candidates",
                                String.join("、", f.candidates())))));
            }
            if (done.stream().anyMatch(f -> f.outcome() == CollectedFile.Outcome.CONFLICT)) {
                out.println(Messages.get("summary.cli.takeNewestHint"));
            }
            long stored = done.stream().filter(f -> f.outcome().isStored()).count();
            out.println(Messages.get(dryRun ? "summary.cli.dryRunTotal" : "summary.cli.total", done.size(), stored,
                    done.size() - stored));
        }
        boolean all = done.stream().allMatch(f -> f.outcome().isStored()
                || f.outcome() == CollectedFile.Outcome.UNCHANGED);
        return all ? Cli.OK : Cli.BAD_INPUT;
    }

    private static String toJson(List<CollectedFile> done) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (CollectedFile f : done) {
            ObjectNode o = a.addObject();
            o.put("file", f.file().toString());
            o.put("outcome", f.outcome().name().toLowerCase(java.util.Locale.ROOT));
            o.put("unit", f.unit());
            o.put("unitAdded", f.unitAdded());
            f.candidates().forEach(o.putArray("candidates")::add);
            o.put("reason", f.reason());
        }
        return a.toPrettyString();
    }
}
