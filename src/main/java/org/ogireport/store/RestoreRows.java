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
    record Summary(int organs, int drafts, int revisions) {
    }

    private record Draft(String organName, int year) {
    }

    private record Saved(long draftId, Report report) {
    }

    private final Connection conn;
    private final Map<String, Long> organIds = new HashMap<>();
    private final Map<Long, Draft> drafts = new HashMap<>();
    private final Set<Draft> draftKeys = new HashSet<>();
    private final Map<Long, Saved> revisions = new HashMap<>();
    private final Set<Long> withCurrent = new HashSet<>();

    RestoreRows(Connection conn) {
        this.conn = conn;
    }

    /** Adds a draft (and its organ, the first time); returns its id for the revisions. */
    long draft(String organName, String organKind, int year, int errors, int warnings, OffsetDateTime updatedAt)
            throws BadBackupException, SQLException {
        String name = organName == null ? "" : organName.strip();
        if (name.isEmpty() || name.length() > Organ.MAX_NAME_LENGTH) {
            throw new BadBackupException(Messages.get("backup.bad.organ", Organ.MAX_NAME_LENGTH));
        }
        if (OrganKind.fromId(organKind).isEmpty()) {
            throw new BadBackupException(Messages.get("backup.bad.kind", name, organKind));
        }
        if (year < Report.MIN_YEAR || year > Report.MAX_YEAR) {
            throw new BadBackupException(Messages.get("backup.bad.year", name, year));
        }
        if (errors < 0 || warnings < 0 || errors > MAX_COUNT || warnings > MAX_COUNT || updatedAt == null) {
            throw new BadBackupException(Messages.get("backup.bad.draft", name, year));
        }
        Draft key = new Draft(name, year);
        if (!draftKeys.add(key)) {
            throw new BadBackupException(Messages.get("backup.bad.twice", name, year));
        }
        Long organId = organIds.get(name);
        if (organId == null) {
            organId = Jdbc.insert(conn, "INSERT INTO organ(name, kind) VALUES (?, ?)", name, organKind);
            organIds.put(name, organId);
        }
        // The format and status are the current revision's, set with it (see current).
        long id = Jdbc.insert(conn, """
                INSERT INTO draft(organ_id, report_year, format_version, status, errors, warnings, updated_at)
                VALUES (?, ?, '', '', ?, ?, ?)""", organId, year, errors, warnings, updatedAt);
        drafts.put(id, key);
        return id;
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
        if (!report.organ().name().equals(draft.organName()) || report.year() != draft.year()) {
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
        return new Summary(organIds.size(), drafts.size(), revisions.size());
    }
}
