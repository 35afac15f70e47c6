package org.ogireport.cli;

import java.util.concurrent.Callable;
import org.ogireport.app.Compilation;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Unit;
import org.ogireport.model.Verdict;
import org.ogireport.util.UserException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code review --unit NAME (--approve | --return REASON)}: the office's decision on a unit's last report. */
@Command(name = "review", mixinStandardHelpOptions = true)
final class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Mixin
    CompilerOptions compiler;
    @Option(names = "--unit", paramLabel = "NAME", required = true, descriptionKey = "summary.cli.reviewUnit")
    String unit;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Decision decision;

    static final class Decision {
        @Option(names = "--approve", required = true, descriptionKey = "summary.cli.approve")
        boolean approve;
        @Option(names = "--return", paramLabel = "REASON", required = true, descriptionKey = "summary.cli.return")
        String reason;
    }

    @Override
    public Integer call() {
        try (Workspace ws = cli.openWorkspace()) {
            Compilation c = compiler.open(ws);
            Compilation.Match match = c.match(unit);
            Unit u = match.unit().orElseThrow(() -> new UserException(match.candidates().isEmpty()
                    ? Messages.get("summary.cli.noUnit", unit, c.compiler().name(), c.year())
                    : Messages.get("summary.cli.whichUnit", unit, String.join("、",
                    match.candidates().stream().map(Unit::name).toList()))));
            Verdict verdict = decision.approve ? Verdict.APPROVED : Verdict.RETURNED;
            // A report that came from the shared inbox gets the decision back there (the unit sees it).
            c.review(u, verdict, decision.reason, cli.serverLogin(ws).isPresent() ? cli.inbox(ws) : null);
            spec.commandLine().getOut().println(Messages.get(decision.approve ? "summary.cli.approved"
                    : "summary.cli.returned", u.name()));
        }
        return Cli.OK;
    }
}
