package org.ogireport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ogireport.app.Workspace;
import org.ogireport.format.FormatCatalog;
import org.ogireport.i18n.Messages;
import org.ogireport.model.ReportKey;
import org.ogireport.model.Report;
import org.ogireport.rules.Deadline;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingCounts;
import org.ogireport.rules.FindingPlace;
import org.ogireport.rules.Severity;
import org.ogireport.util.UserException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks a stored draft or a file against the rules and prints the findings by section; exit 1 when
 * it has errors. With {@code --out FILE} (and {@code --format docx|html}, or the file's extension) it also writes a
 * 校验报告 for the clerk's supervisor.
 */
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

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "check.opt.format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "check.opt.out")
    Path out;

    @Option(names = "--force", descriptionKey = "cli.opt.force")
    boolean force;

    @Override
    public Integer call() {
        String checkFormat = checkReportFormat();
        Report report;
        List<Finding> findings;
        String version;
        if (target.file != null) {
            report = Workspace.preview(target.file, null, null).report();
            findings = Workspace.validateAlone(report);
            version = checkFormat == null ? null : Workspace.fileVersion(target.file);
        } else {
            ReportKey key = target.draft.key();
            try (Workspace ws = cli.openWorkspace()) {
                report = ws.require(key);
                findings = ws.validate(report);
                version = checkFormat == null ? null : ws.versionOf(report);
            }
        }
        if (checkFormat != null) {
            Workspace.writeCheckReport(report, findings, version, checkFormat, out, force, Clock.systemDefaultZone());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        LocalDate today = LocalDate.now();
        if (json) {
            stdout.println(toJson(report, findings, today));
        } else {
            print(stdout, report, findings, today);
        }
        if (checkFormat != null) {
            // Keeps --json output pure JSON.
            (json ? spec.commandLine().getErr() : stdout).println(Messages.get("check.written", out.toAbsolutePath()));
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.E) ? Cli.REPORT_HAS_ERRORS : Cli.OK;
    }

    /** The format of the check report asked for: --format, or the extension of --out; null when none is asked. */
    private String checkReportFormat() {
        if (out == null) {
            if (format != null) {
                throw new UserException(Messages.get("check.needsOut", format));
            }
            return null;
        }
        Workspace.checkCheckReportTarget(out, format);
        if (format != null) {
            return format;
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw new UserException(Messages.get("check.needsFormat", name));
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String toJson(Report report, List<Finding> findings, LocalDate today) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        Deadline deadline = Workspace.deadlineOf(report);
        ObjectNode due = root.putObject("deadline");
        due.put("rule", Deadline.RULE);
        due.put("date", deadline.date().toString());
        due.put("daysLeft", deadline.daysLeft(today));
        due.put("message", deadline.describe(today));
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode n = list.addObject();
            n.put("id", finding.id());
            n.put("rule", finding.rule());
            n.put("severity", finding.severity().name());
            ArrayNode cells = n.putArray("cells");
            finding.cells().forEach(cells::add);
            n.put("message", finding.message());
            String explanation = finding.explanationIn(report);
            if (explanation != null) {
                n.put("explanation", explanation);
            }
        }
        return root.toPrettyString();
    }

    /** Findings grouped by the section they are in, in the report's order. */
    private static void print(PrintWriter out, Report report, List<Finding> findings, LocalDate today) {
        FormatCatalog catalog = report.catalog();
        out.println(Messages.get("cli.validate.title", report.organ().name(), report.year()));
        out.println("  " + Messages.get("severity.I") + " [" + Deadline.RULE + "] "
                + Workspace.deadlineOf(report).describe(today));
        for (Map.Entry<String, List<Finding>> e : FindingPlace.bySection(catalog, findings).entrySet()) {
            out.println();
            out.println(FindingPlace.heading(catalog, e.getKey()));
            for (Finding f : e.getValue()) {
                out.println("  " + Messages.get("severity." + f.severity()) + " [" + f.rule() + "] " + f.message());
                String explanation = f.explanationIn(report);
                if (explanation != null) {
                    out.println("      " + Messages.get("cli.validate.explanation", explanation));
                }
            }
        }
        out.println();
        out.println(FindingCounts.of(findings, report).summary());
    }
}
