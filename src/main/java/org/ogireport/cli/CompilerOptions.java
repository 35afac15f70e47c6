package org.ogireport.cli;

import org.ogireport.app.Compilation;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.util.UserException;
import picocli.CommandLine.Option;

/** The {@code --for ORG --year YYYY [--kind KIND]} that name a government's 汇总 of a year. */
final class CompilerOptions {

    @Option(names = "--for", paramLabel = "ORG", required = true, descriptionKey = "summary.cli.for")
    String organ;

    @Option(names = "--year", paramLabel = "YYYY", required = true, descriptionKey = "cli.opt.year")
    int year;

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "summary.cli.kind")
    String kind;

    /** The 汇总 named: the government's kind as given, else as stored, else read from its name. */
    Compilation open(Workspace ws) {
        OrganKind given = kind == null ? null : OrganKind.fromId(kind.strip()).orElseThrow(() -> new UserException(
                Messages.get("summary.cli.badKind", kind)));
        Organ compiler = given != null ? new Organ(organ, given) : ws.organ(organ, Compilation.governmentKindOf(organ));
        return ws.compilation(compiler, year);
    }
}
