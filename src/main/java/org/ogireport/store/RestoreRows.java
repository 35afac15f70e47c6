package org.ogireport.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogireport.exchange.ReportJson;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Scope;
import org.ogireport.model.UnitRelation;
import org.ogireport.model.Verdict;
import org.ogireport.model.RevisionCause;
import org.ogireport.util.UserException;

/**
 * The rows a backup holds, checked one by one and inserted into a new, empty store through prepared statements.
 * Whatever format the backup is in, its content arrives here as values: nothing in it is ever run. Each
 * revision's content must read as a report of its draft's organ and year, and is stored as this app writes it.
 */
final class RestoreRows {

    /** The note column's width. */
    static final int MAX_NOTE = 400;
    private static final int MAX_COUNT = 1_000_000;

    /** What a restore brought back. */
    record Summary(int organs, int drafts, int revisions, int units, int submissions) {
    }

    private record Draft(String organName, int year, Scope scope) {
    }

    private record Saved(long draftId, Report report) {
    }

    private final Connection conn;
    private final Map<String, Long> organIds = new HashMap<>();
    private final Map<Long, Draft> drafts = new HashMap<>();
    private final Set<Draft> draftKeys = new HashSet<>();
    private final Map<Long, Saved> revisions = new HashMap<>();
    private final Set<Long> withCurrent = new HashSet<>();
    private final Set<String> unitKeys = new HashSet<>();
    private int units;
    private int submissions;

    RestoreRows(Connection conn) {
        this.conn = conn;
    }

    /** Adds a draft (and its organ, the first time); returns its id for the revisions. */
    long draft(String organName, String organKind, int year, Scope scope, int errors, int warnings,
               OffsetDateTime updatedAt) throws BadBackupException, SQLException {
        String name = organName(organName);
        checkKindAndYear(name, organKind, year);
        if (scope == null || errors < 0 || warnings < 0 || errors > MAX_COUNT || warnings > MAX_COUNT
                || updatedAt == null) {
            throw new BadBackupException(Messages.get("backup.bad.draft", name, year));
        }
        Draft key = new Draft(name, year, scope);
        if (!draftKeys.add(key)) {
            throw new BadBackupException(Messages.get("backup.bad.twice", name, year));
        }
        long organId = organId(name, organKind);
        // The format and status are the current revision's, set with it (see current).
        long id = Jdbc.insert(conn, """
                INSERT INTO draft(organ_id, report_year, scope, format_version, status, errors, warnings, updated_at)
                VALUES (?, ?, ?, '', '', ?, ?, ?)""", organId, year, scope.id(), errors, warnings, updatedAt);
        drafts.put(id, key);
        return id;
    }

    private static String organName(String organName) throws BadBackupException {
        String name = organName == null ? "" : organName.strip();
        if (name.isEmpty() || name.length() > Organ.MAX_NAME_LENGTH) {
            throw new BadBackupException(Messages.get("backup.bad.organ", Organ.MAX_NAME_LENGTH));
        }
        return name;
    }

    private static void checkKindAndYear(String name, String organKind, int year) throws BadBackupException {
        if (OrganKind.fromId(organKind).isEmpty()) {
            throw new BadBackupException(Messages.get("backup.bad.kind", name, organKind));
        }
        if (year < Report.MIN_YEAR || year > Report.MAX_YEAR) {
            throw new BadBackupException(Messages.get("backup.bad.year", name, year));
        }
    }

    /** The organ's id in the new store, added the first time it is named. */
    private long organId(String name, String kind) throws SQLException {
        Long organId = organIds.get(name);
        if (organId == null) {
            organId = Jdbc.insert(conn, "INSERT INTO organ(name, kind) VALUES (?, ?)", name, kind);
            organIds.put(name, organId);
        }
        return organId;
    }

    /** Adds a unit to the list of a compiling organ's aggregate of a year; returns its id for what it sent. */
    long unit(String compilerName, String compilerKind, int year, int position, String name, String kind,
              String relation, String contact, String phone) throws BadBackupException, SQLException {
        String compiler = organName(compilerName);
        checkKindAndYear(compiler, compilerKind, year);
        String unitName = organName(name);
        checkKindAndYear(unitName, kind, year);
        if (UnitRelation.fromId(relation).isEmpty() || !unitKeys.add(compiler + "\n" + year + "\n" + unitName)
                || length(contact) > 100 || length(phone) > 60) {
            throw new BadBackupException(Messages.get("backup.bad.unit", unitName, compiler, year));
        }
        units++;
        return Jdbc.insert(conn, """
                INSERT INTO unit(compiler_id, report_year, position, name, kind, relation, contact, phone)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", organId(compiler, compilerKind), year, position, unitName, kind,
                relation, contact, phone);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** Adds a report a unit sent; returns its id for its reviews. */
    long submission(long unitId, OffsetDateTime receivedAt, String fileName, String sha256, int errors, int warnings,
                    String content) throws BadBackupException, SQLException {
        if (receivedAt == null || fileName == null || fileName.length() > 400 || sha256 == null
                || !sha256.matches("[0-9a-f]{64}") || errors < 0 || warnings < 0) {
            throw new BadBackupException(Messages.get("backup.bad.submission", fileName));
        }
        Report report;
        try {
            report = ReportJson.read(content.getBytes(StandardCharsets.UTF_8), fileName).report();
        } catch (UserException e) {
            throw new BadBackupException(Messages.get("backup.bad.submission", fileName) + "（" + e.getMessage()
                    + "）");
        }
        submissions++;
        return Jdbc.insert(conn, """
                INSERT INTO submission(unit_id, received_at, file_name, sha256, errors, warnings, content)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", unitId, receivedAt, fileName, sha256, errors, warnings,
                ReportJson.write(report));
    }

    /** Adds a review of a submission. */
    void review(long submissionId, String verdict, String comment, OffsetDateTime at)
            throws BadBackupException, SQLException {
        if (Verdict.fromId(verdict).isEmpty() || at == null || length(comment) > 2000) {
            throw new BadBackupException(Messages.get("backup.bad.review", submissionId));
        }
        Jdbc.update(conn, "INSERT INTO review(submission_id, verdict, comment, reviewed_at) VALUES (?, ?, ?, ?)",
                submissionId, verdict, comment, at);
    }

    /**
     * Adds a revision of a draft added before, keeping its number (the history and its notes cite it).
     *
     * @param cause what made it, as the store writes it; null from a backup older than causes (then an autosave is
     *              told by its note)
     */
    void revision(long draftId, long id, OffsetDateTime savedAt, String note, String cause, String content)
            throws BadBackupException, SQLException {
        Draft draft = drafts.get(draftId);
        if (draft == null || id < 1 || savedAt == null || note == null || note.length() > MAX_NOTE) {
            throw new BadBackupException(Messages.get("backup.bad.revision", id));
        }
        if (revisions.containsKey(id)) {
            throw new BadBackupException(Messages.get("backup.bad.revisionTwice", id));
        }
        Report report;
        try {
            report = ReportJson.read(content.getBytes(StandardCharsets.UTF_8), "#" + id).report();
        } catch (UserException e) {
            throw new BadBackupException(Messages.get("backup.bad.content", id, e.getMessage()));
        }
        if (!report.organ().name().equals(draft.organName()) || report.year() != draft.year()
                || report.scope() != draft.scope()) {
            throw new BadBackupException(Messages.get("backup.bad.otherReport", id, draft.organName(), draft.year()));
        }
        RevisionCause made = cause != null ? RevisionCause.fromId(cause).orElseThrow(
                () -> new BadBackupException(Messages.get("backup.bad.revision", id)))
                : Schema.legacyAutosaveNotes().contains(note) ? RevisionCause.AUTOSAVE : RevisionCause.SAVE;
        Jdbc.update(conn, """
                INSERT INTO revision(id, draft_id, saved_at, cause, note, content) VALUES (?, ?, ?, ?, ?, ?)""",
                id, draftId, savedAt, made.id(), note, ReportJson.write(report));
        revisions.put(id, new Saved(draftId, report));
    }

    /** Makes a revision of a draft its current state. */
    void current(long draftId, long revisionId) throws BadBackupException, SQLException {
        Saved saved = revisions.get(revisionId);
        if (saved == null || saved.draftId() != draftId || !withCurrent.add(draftId)) {
            Draft d = drafts.get(draftId);
            throw new BadBackupException(Messages.get("backup.bad.current", d == null ? "?" : d.organName(),
                    d == null ? 0 : d.year(), revisionId));
        }
        Jdbc.update(conn, "UPDATE draft SET revision_id = ?, format_version = ?, status = ? WHERE id = ?",
                revisionId, saved.report().formatVersion().id(), saved.report().mode().name(), draftId);
    }

    /** Checks that every draft has its current state and lets new revisions number on after the restored ones. */
    Summary finish() throws BadBackupException, SQLException {
        for (Map.Entry<Long, Draft> d : drafts.entrySet()) {
            if (!withCurrent.contains(d.getKey())) {
                throw new BadBackupException(Messages.get("backup.bad.current", d.getValue().organName(),
                        d.getValue().year(), "—"));
            }
        }
        long next = revisions.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        // A number this class computed, never text from the backup.
        Jdbc.execute(conn, List.of("ALTER TABLE revision ALTER COLUMN id RESTART WITH " + next));
        return new Summary(organIds.size(), drafts.size(), revisions.size(), units, submissions);
    }
}
