package org.ogireport.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.exchange.ReportJson;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.model.Scope;
import org.ogireport.model.Submission;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.model.Verdict;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;
import org.ogireport.server.Connector;
import org.ogireport.server.Inbox;
import org.ogireport.server.Received;
import org.ogireport.server.Sent;
import org.ogireport.server.Stored;
import org.ogireport.util.PasswordPrompt;
import org.ogireport.util.UserException;

/**
 * The shared inbox (报送服务器, ADR 0014) as the clerk of one data folder uses it. A unit sends the final copy of a
 * report and sees what became of it; a compiling office collects its units' newest reports
 * ({@link Compilation#collectInbox}) and sends its decisions back ({@link Compilation#review(Unit, Verdict, String,
 * ServerInbox)}). Nothing here changes a draft: when the server cannot be reached the clerk is told so, and sends
 * again later. The password is asked at most once per inbox (and kept in memory only).
 */
public final class ServerInbox {

    /** How a report received from the inbox is named among the files a unit sent (its submission's number). */
    private static final String ORIGIN = "报送服务器#";
    private static final Pattern ORIGIN_ID = Pattern.compile(Pattern.quote(ORIGIN) + "(\\d{1,18})");

    private final Workspace workspace;
    private final Inbox inbox;

    ServerInbox(Workspace workspace, ServerLogin login, PasswordPrompt prompt) {
        this.workspace = workspace;
        this.inbox = new Inbox(new Connector(login.url(), login.role(), prompt));
    }

    /** The server as the clerk names it (host, port, database). */
    public String where() {
        return inbox.connector().where();
    }

    public String role() {
        return inbox.connector().role();
    }

    /** The organ this role sends for, as the inbox names it. */
    public String organ() {
        return inbox.me().organ();
    }

    // ---- the unit's side ------------------------------------------------------------------------------------

    /**
     * Sends the final copy of a stored report: refused, as the final export is, while it has errors (severity E).
     * The same content twice is one submission (the outcome says so). The report must be this role's organ's.
     *
     * @throws ExportRefused when errors remain, naming them
     * @throws UserException when the server cannot be reached or refuses (nothing changed, locally or there)
     */
    public SubmitOutcome submit(ReportKey key) {
        Report report = workspace.require(key);
        List<Finding> errors = workspace.validate(report).stream().filter(f -> f.severity() == Severity.E).toList();
        if (!errors.isEmpty()) {
            throw new ExportRefused(Workspace.refusal(Messages.get("server.submit.refused",
                    report.organ().name(), report.year(), errors.size()), errors,
                    Messages.get("server.submit.refusedHint")), errors);
        }
        Stored s = inbox.submit(report.organ().name(), report.year(), report.scope(), ReportJson.write(report));
        return new SubmitOutcome(s.id(), s.submittedAt(), s.added());
    }

    /**
     * What this role's organ sent, newest first, each with the office's latest decision and comment.
     *
     * @param year only this year's (null: all)
     */
    public List<SentReport> sent(Integer year) {
        return inbox.sent(year).stream().map(ServerInbox::report).toList();
    }

    /** The newest submission of a report (its organ, year and scope), to show when the report is opened. */
    public Optional<SentReport> latest(ReportKey key) {
        return sent(key.year()).stream().filter(s -> s.scope() == key.scope()).findFirst();
    }

    private static SentReport report(Sent s) {
        return new SentReport(s.id(), s.organ(), s.year(), s.scope(), s.submittedAt(), s.submittedBy(), s.review());
    }

    // ---- the compiling office's side ------------------------------------------------------------------------

    /**
     * The newest report of each unit of a 汇总 in the inbox, by the name each goes by among the files collected
     * ({@value #ORIGIN}N): a lower government's aggregate, every other unit's own report.
     */
    Map<Path, Received> newestFor(Compilation compilation) {
        Map<Path, Received> out = new LinkedHashMap<>();
        for (Received r : inbox.newest(compilation.compiler().name(), compilation.year())) {
            if (r.scope() == scopeWanted(compilation, r)) {
                out.put(Path.of(origin(r.id())), r);
            }
        }
        return out;
    }

    /** Which of an organ's reports a 汇总 counts: a lower government's aggregate, else its own. */
    private static Scope scopeWanted(Compilation compilation, Received r) {
        Optional<Unit> unit = compilation.unitNamed(r.organ()).or(() -> compilation.match(r.organ()).unit());
        if (unit.isPresent()) {
            return unit.get().relation() == UnitRelation.LOWER_AGGREGATE ? Scope.AGGREGATE : Scope.OWN;
        }
        OrganKind kind = OrganKind.fromId(r.kind()).orElse(OrganKind.OTHER);
        return UnitList.relationFor(r.organ(), kind, Scope.OWN, compilation.compiler())
                == UnitRelation.LOWER_AGGREGATE ? Scope.AGGREGATE : Scope.OWN;
    }

    /** Sends the office's decision on a submission back to its unit. */
    void review(long submissionId, Verdict verdict, String comment) {
        inbox.review(submissionId, verdict, comment);
    }

    /** The name a report received from the inbox goes by among a unit's files. */
    static String origin(long submissionId) {
        return ORIGIN + submissionId;
    }

    /** Whether a report a unit sent came from the shared inbox (a decision on it then goes back there). */
    public static boolean cameFromInbox(Submission submission) {
        return submissionIdOf(submission.fileName()).isPresent();
    }

    /** The inbox's number of a report received from it, when the file name says it came from there. */
    static OptionalLong submissionIdOf(String fileName) {
        Matcher m = ORIGIN_ID.matcher(fileName == null ? "" : fileName);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Refuses to go on without an inbox when a report to decide on came from one. */
    static void requireFor(ServerInbox inbox, String unitName) {
        if (inbox == null) {
            throw new UserException(Messages.get("server.review.needsServer", unitName));
        }
    }
}
