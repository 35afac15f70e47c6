package org.ogireport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ogireport.app.Workspace;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Section;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingPlace;
import org.ogireport.rules.Severity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate}: checks a stored draft or a file against the rules; exit 1 when it has errors. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    /** Either a stored draft or a file. */
    static final class Target {
        @ArgGroup(exclusive = false)
        OrganYear draft;

        @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "cli.opt.validateFile")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--json", descriptionKey = "cli.opt.json")
    boolean json;

    @Override
    public Integer call() {
        Report report;
        List<Finding> findings;
        if (target.file != null) {
            report = Workspace.preview(target.file, null, null).report();
            findings = Workspace.validateAlone(report);
        } else {
            Workspace.checkYear(target.draft.year);
            try (Workspace ws = cli.openWorkspace()) {
                report = ws.require(target.draft.organ, target.draft.year);
                findings = ws.validate(report);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(report, findings));
        } else {
            print(out, report, findings);
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.E) ? Cli.REPORT_HAS_ERRORS : Cli.OK;
    }

    private static String toJson(Report report, List<Finding> findings) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode n = list.addObject();
            n.put("id", finding.id());
            n.put("rule", finding.rule());
            n.put("severity", finding.severity().name());
            ArrayNode cells = n.putArray("cells");
            finding.cells().forEach(cells::add);
            n.put("message", finding.message());
            String explanation = report.explanation(finding.id());
            if (explanation != null) {
                n.put("explanation", explanation);
            }
        }
        return root.toPrettyString();
    }

    /** Findings grouped by the section they are in, in the report's order. */
    private static void print(PrintWriter out, Report report, List<Finding> findings) {
        FormatCatalog catalog = report.catalog();
        out.println(Messages.get("cli.validate.title", report.organ().name(), report.year()));
        Map<String, List<Finding>> bySection = new LinkedHashMap<>();
        bySection.put("s0", new ArrayList<>());
        catalog.sections().forEach(s -> bySection.put(s.key(), new ArrayList<>()));
        findings.forEach(f -> bySection.computeIfAbsent(FindingPlace.sectionKey(catalog, f),
                k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> e : bySection.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            String heading = catalog.sections().stream().filter(s -> s.key().equals(e.getKey()))
                    .map(Section::heading).findFirst().orElse(Messages.get("cli.validate.general"));
            out.println();
            out.println(heading);
            for (Finding f : e.getValue()) {
                out.println("  " + Messages.get("severity." + f.severity()) + " [" + f.rule() + "] " + f.message());
                String explanation = report.explanation(f.id());
                if (explanation != null) {
                    out.println("      " + Messages.get("cli.validate.explanation", explanation));
                }
            }
        }
        long e = findings.stream().filter(f -> f.severity() == Severity.E).count();
        long w = findings.stream().filter(f -> f.severity() == Severity.W).count();
        long i = findings.stream().filter(f -> f.severity() == Severity.I).count();
        out.println();
        out.println(findings.isEmpty() ? Messages.get("cli.validate.clean")
                : Messages.get("cli.validate.summary", e, w, i));
    }
}
