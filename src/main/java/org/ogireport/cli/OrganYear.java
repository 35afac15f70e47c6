package org.ogireport.cli;

import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.ReportKey;
import org.ogireport.model.Scope;
import org.ogireport.util.UserException;
import picocli.CommandLine.Option;

/** The {@code --org NAME --year YYYY [--scope own|aggregate]} that name a report. */
final class OrganYear {

    @Option(names = "--org", paramLabel = "NAME", required = true, descriptionKey = "cli.opt.org")
    String organ;

    @Option(names = "--year", paramLabel = "YYYY", required = true, descriptionKey = "cli.opt.year")
    int year;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "own", descriptionKey = "cli.opt.scope")
    String scope;

    /** The report named, its year checked. */
    ReportKey key() {
        Workspace.checkYear(year);
        return new ReportKey(organ, year, scopeOf(scope));
    }

    static Scope scopeOf(String text) {
        return Scope.fromId(text.strip()).orElseThrow(() -> new UserException(Messages.get("cli.badScope", text)));
    }
}
