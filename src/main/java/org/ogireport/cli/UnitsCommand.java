package org.ogireport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogireport.app.Compilation;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.util.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code units list|add|import|copy}: the list of units a government's 汇总 collects. */
@Command(name = "units", mixinStandardHelpOptions = true,
        subcommands = {UnitsCommand.ListUnits.class, UnitsCommand.AddUnit.class, UnitsCommand.ImportUnits.class,
                UnitsCommand.CopyUnits.class})
final class UnitsCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }

    /** Prints units, one a line. */
    static void print(PrintWriter out, List<Unit> units) {
        int n = 0;
        for (Unit u : units) {
            out.println(Messages.get("summary.cli.unitRow", ++n, u.name(), u.kind().label(), u.relation().label(),
                    u.contact().isEmpty() && u.phone().isEmpty() ? "" : "（" + (u.contact() + " " + u.phone()).strip()
                            + "）"));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUnits implements Callable<Integer> {
        @ParentCommand
        UnitsCommand units;
        @Spec
        CommandSpec spec;
        @Mixin
        CompilerOptions compiler;

        @Override
        public Integer call() {
            try (Workspace ws = units.cli.openWorkspace()) {
                Compilation c = compiler.open(ws);
                List<Unit> list = c.units();
                PrintWriter out = spec.commandLine().getOut();
                out.println(Messages.get("summary.cli.unitsTitle", c.compiler().name(), c.year(), list.size()));
                print(out, list);
            }
            return Cli.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class AddUnit implements Callable<Integer> {
        @ParentCommand
        UnitsCommand units;
        @Spec
        CommandSpec spec;
        @Mixin
        CompilerOptions compiler;
        @Parameters(paramLabel = "NAME", descriptionKey = "summary.cli.unitName")
        String name;
        @Option(names = "--unit-kind", paramLabel = "KIND", descriptionKey = "summary.cli.unitKind")
        String kind;
        @Option(names = "--relation", paramLabel = "RELATION", descriptionKey = "summary.cli.relation")
        String relation;
        @Option(names = "--contact", paramLabel = "NAME", descriptionKey = "summary.cli.contact")
        String contact;
        @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "summary.cli.phone")
        String phone;

        @Override
        public Integer call() {
            try (Workspace ws = units.cli.openWorkspace()) {
                Compilation c = compiler.open(ws);
                Unit guessed = c.unitsOf(List.of(List.of(name))).get(0);
                OrganKind k = kind == null ? guessed.kind() : OrganKind.fromId(kind).orElseThrow(
                        () -> new UserException(Messages.get("summary.cli.badKind", kind)));
                UnitRelation r = relation == null ? guessed.relation() : UnitRelation.fromId(relation).orElseThrow(
                        () -> new UserException(Messages.get("summary.cli.badRelation", relation)));
                Unit added = c.addUnit(new Unit(0, name, k, r, contact, phone));
                spec.commandLine().getOut().println(Messages.get("summary.cli.added", added.name(),
                        added.kind().label(), added.relation().label()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class ImportUnits implements Callable<Integer> {
        @ParentCommand
        UnitsCommand units;
        @Spec
        CommandSpec spec;
        @Mixin
        CompilerOptions compiler;
        @Parameters(paramLabel = "FILE", descriptionKey = "summary.cli.unitsFile")
        Path file;

        @Override
        public Integer call() {
            try (Workspace ws = units.cli.openWorkspace()) {
                Compilation c = compiler.open(ws);
                List<Unit> read = c.unitsOf(Compilation.rowsOf(file));
                List<Unit> added = c.addUnits(read);
                PrintWriter out = spec.commandLine().getOut();
                out.println(Messages.get("summary.cli.imported", read.size(), added.size(), file.getFileName()));
                print(out, added);
            }
            return Cli.OK;
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true)
    static final class CopyUnits implements Callable<Integer> {
        @ParentCommand
        UnitsCommand units;
        @Spec
        CommandSpec spec;
        @Mixin
        CompilerOptions compiler;
        @Option(names = "--from", paramLabel = "YYYY", required = true, descriptionKey = "summary.cli.fromYear")
        int from;

        @Override
        public Integer call() {
            try (Workspace ws = units.cli.openWorkspace()) {
                List<Unit> added = compiler.open(ws).copyUnitsFrom(from);
                PrintWriter out = spec.commandLine().getOut();
                out.println(Messages.get("summary.cli.copied", added.size(), from));
                print(out, added);
            }
            return Cli.OK;
        }
    }
}
