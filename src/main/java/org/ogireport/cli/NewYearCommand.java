package org.ogireport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ogireport.app.NewYear;
import org.ogireport.app.NewYearOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code new-year --org NAME --year YYYY}: begins a year's draft from the year before. */
@Command(name = "new-year", mixinStandardHelpOptions = true)
final class NewYearCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    OrganYear draft;

    @Option(names = "--force", descriptionKey = "cli.opt.newYearForce")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NewYearOutcome o;
        try (Workspace ws = cli.openWorkspace()) {
            o = ws.newYear(draft.organ, draft.year, force);
        }
        NewYear start = o.start();
        FormatCatalog catalog = start.draft().catalog();
        out.println(Messages.get("newYear.done", start.draft().organ().name(), draft.year, o.revisionId(),
                draft.year - 1));
        List<String> points = new ArrayList<>();
        points.add(start.carriedCells().isEmpty() ? Messages.get("newYear.noCells")
                : Messages.get("newYear.cells", start.carriedCells().size(), places(catalog, start.carriedCells())));
        if (!start.notCarried().isEmpty()) {
            points.add(Messages.get("newYear.notCarried", places(catalog, start.notCarried())));
        }
        if (!start.carriedTexts().isEmpty()) {
            points.add(Messages.get("newYear.texts", start.carriedTexts().size()));
        }
        points.add(Messages.get("newYear.rest"));
        points.forEach(p -> out.println("  · " + p));
        if (o.replacedExisting()) {
            out.println(Messages.get("newYear.replaced", draft.year));
        }
        return Cli.OK;
    }

    /** The cells named by their row where they fill one row of a table, else by their column. */
    private static String places(FormatCatalog catalog, List<String> keys) {
        Set<String> places = new LinkedHashSet<>();
        List<CellSpec> cells = keys.stream().map(k -> catalog.cell(k).orElseThrow()).toList();
        for (CellSpec c : cells) {
            String table = catalog.table(c.tableId()).name();
            boolean oneRow = cells.stream().filter(o -> o.tableId().equals(c.tableId()))
                    .allMatch(o -> o.row().equals(c.row()));
            places.add(oneRow ? Messages.get("newYear.row", table, c.row().shortName())
                    : Messages.get("newYear.column", table, c.column().shortName()));
        }
        return String.join("、", places);
    }
}
