package org.ogireport.store;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipFile;
import org.h2.api.ErrorCode;
import org.ogireport.exchange.ReportJson;
import org.ogireport.i18n.Messages;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.model.RevisionCause;
import org.ogireport.model.RevisionInfo;
import org.ogireport.model.Scope;
import org.ogireport.model.ValueMode;
import org.ogireport.util.FileMoves;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drafts of every organ and year, in one embedded H2 database in the data folder, with a revision on every
 * save, versioned schema migrations ({@link Schema}), and backups of data ({@link Backups}).
 *
 * <p>Each draft's content is stored as the JSON exchange format (spec §9), so a revision is exactly what an
 * export would carry, and the schema does not change when the format gains a cell. One copy of the app at a time
 * uses a data folder ({@link StoreLock}); an existing database file is checked before the engine may write to it
 * ({@link StoreFile}). Commits are flushed at once ({@code WRITE_DELAY=0}) so that a killed process loses
 * nothing it has saved. A folder that may not be written is opened read-only: it can be listed, checked and
 * exported, not saved to.
 */
public final class ReportStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportStore.class);

    public static final String DB_NAME = "ogi-report";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    public static final String BACKUP_DIR = "backups";
    /** The clerk's settings beside the store (written by the app layer), carried in backups. */
    public static final String SETTINGS_FILE = Backups.SETTINGS;
    public static final int KEEP_BACKUPS = 10;
    /** The autosaved revisions a draft keeps (about five hours of typing at one per ten minutes). */
    public static final int KEEP_AUTOSAVES = 30;
    static final Duration BACKUP_INTERVAL = Duration.ofDays(1);
    private static final String RESTORE_DIR = "restore-tmp";

    private final Path dataDir;
    private final Connection conn;
    private final Clock clock;
    private final StoreLock lock;
    private final boolean readOnly;
    private final Units units = new Units(this);
    private Instant lastBackup;

    private ReportStore(Path dataDir, Connection conn, Clock clock, StoreLock lock, boolean readOnly) {
        this.dataDir = dataDir;
        this.conn = conn;
        this.clock = clock;
        this.lock = lock;
        this.readOnly = readOnly;
    }

    /** Opens (creating or migrating as needed) the store in a data folder. */
    public static ReportStore open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    /** Opens the store in a data folder, with the clock that dates its revisions and backups. */
    public static ReportStore open(Path dataDir, Clock clock) {
        return open(dataDir, Schema.MIGRATIONS, clock);
    }

    static ReportStore open(Path dataDir, List<Migration> migrations, Clock clock) {
        Path dir = prepareFolder(dataDir);
        Path db = dir.resolve(DB_FILE);
        boolean exists = Files.exists(db);
        boolean readOnly = !Files.isWritable(dir) || exists && !Files.isWritable(db);
        if (readOnly && !exists) {
            throw new UserException(Messages.get("store.readOnlyEmpty", dir));
        }
        StoreLock lock = readOnly && !StoreLock.canLock(dir) ? null : StoreLock.acquire(dir);
        try {
            return openLocked(dir, migrations, clock, lock, readOnly);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** Opens the store of a folder whose lock the caller holds (or that cannot be locked: read-only). */
    private static ReportStore openLocked(Path dir, List<Migration> migrations, Clock clock, StoreLock lock,
                                          boolean readOnly) {
        if (Files.exists(dir.resolve(DB_FILE))) {
            StoreFile.verify(dir, Schema.latest(migrations), OffsetDateTime.now(clock));
        }
        ReportStore store = new ReportStore(dir, connect(dir, readOnly), clock, lock, readOnly);
        try {
            Schema.migrate(store.conn, dir, migrations, readOnly,
                    () -> store.backup("before-v" + Schema.latest(migrations)));
            if (!readOnly) {
                store.backupIfDue();
            }
            return store;
        } catch (SQLException e) {
            store.close();
            throw StoreFailures.of(dir, e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Path prepareFolder(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UserException(Messages.get("store.cannotCreateDir", dir, StoreFailures.reason(e)), e);
        }
    }

    static String url(Path dir) {
        // FILE_LOCK stays the default (FS): no socket, no server, released by the OS on a crash.
        // MAX_COMPACT_TIME=0: no compaction on close. H2's compaction trips its own assertions (h2database
        // issues #4086, #4247: lost chunks); a report store is small and MVStore reuses freed space anyway.
        return "jdbc:h2:file:" + dir.resolve(DB_NAME)
                + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;COMPRESS=TRUE;TRACE_LEVEL_FILE=4";
    }

    private static Connection connect(Path dir, boolean readOnly) {
        try {
            Connection c = DriverManager.getConnection(url(dir) + (readOnly ? ";ACCESS_MODE_DATA=r" : ""), "sa", "");
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                LOG.info("store in {} is in use by another process", dir);
                throw new UserException(Messages.get("store.inUse", dir), e);
            }
            throw StoreFailures.of(dir, e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path backupDir() {
        return dataDir.resolve(BACKUP_DIR);
    }

    /** Whether the folder may not be written: the store can be read, not saved to. */
    public boolean isReadOnly() {
        return readOnly;
    }

    // ---- versions -------------------------------------------------------------------------------------------

    /** The schema version this app writes. */
    public static int schemaVersion() {
        return Schema.latest(Schema.MIGRATIONS);
    }

    /** A metadata value. */
    public synchronized Optional<String> meta(String name) {
        return sql(() -> Schema.meta(conn, name));
    }

    /** The version of the H2 engine, as stamped into the database. */
    public synchronized String h2Version() {
        return sql(() -> Schema.h2Version(conn));
    }

    /** The version of the H2 engine this app is built with. */
    public static String engineVersion() {
        return org.h2.engine.Constants.FULL_VERSION;
    }

    // ---- drafts ---------------------------------------------------------------------------------------------

    /** Every stored draft, by organ name, year and scope (own first). */
    public synchronized List<DraftInfo> list() {
        return sql(() -> Jdbc.list(conn, """
                SELECT o.name, o.kind, d.report_year, d.scope, d.format_version, d.status, d.errors, d.warnings,
                       d.updated_at, d.revision_id
                FROM draft d JOIN organ o ON o.id = d.organ_id
                ORDER BY o.name, d.report_year, d.scope DESC""",
                rs -> new DraftInfo(rs.getString(1), OrganKind.fromId(rs.getString(2)).orElse(OrganKind.OTHER),
                        rs.getInt(3), Scope.fromId(rs.getString(4)).orElse(Scope.OWN), rs.getString(5),
                        ValueMode.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getLong(10))));
    }

    /** The current state of an organ's own report of a year. */
    public synchronized Optional<Report> load(String organName, int year) {
        return load(ReportKey.own(organName, year));
    }

    /** The current state of a report. */
    public synchronized Optional<Report> load(ReportKey key) {
        return sql(() -> Jdbc.first(conn, """
                SELECT r.id, r.content FROM draft d JOIN organ o ON o.id = d.organ_id
                JOIN revision r ON r.id = d.revision_id WHERE o.name = ? AND d.report_year = ? AND d.scope = ?""",
                rs -> parse(rs.getLong(1), rs.getString(2)), key.organName(), key.year(), key.scope().id()));
    }

    /**
     * Saves a report as the draft of its organ and year and records a revision, unless nothing changed since the
     * draft's current revision.
     *
     * @param cause    what made the revision: autosaves are pruned to the newest {@value #KEEP_AUTOSAVES} of a draft
     * @param note     how the revision came to be, in words, shown in the history
     * @param errors   the report's E findings, shown in the list
     * @param warnings its unexplained W findings, shown in the list
     * @return the id of the draft's current revision
     */
    public synchronized long save(Report report, RevisionCause cause, String note, int errors, int warnings) {
        return save(report, cause, note, errors, warnings, OptionalLong.empty());
    }

    /**
     * Saves like {@link #save(Report, RevisionCause, String, int, int)}, but overwrites {@code revision} instead of
     * adding one while it is still the draft's current revision and an autosave: so that saving every few seconds
     * keeps one revision per stretch of work instead of burying the history. The revision takes the cause and note
     * given, even when the report did not change: the last autosave of a stretch becomes the closing's revision.
     *
     * @param revision the autosave that may be overwritten
     */
    public synchronized long saveOver(Report report, RevisionCause cause, String note, int errors, int warnings,
                                      long revision) {
        return save(report, cause, note, errors, warnings, OptionalLong.of(revision));
    }

    /** The draft of a report's organ and year as it is before a save. */
    private record Current(long draftId, long revisionId, String content, RevisionCause cause) {
    }

    private long save(Report report, RevisionCause cause, String note, int errors, int warnings,
                      OptionalLong replaceable) {
        String json = ReportJson.write(report);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long revisionId = sql(() -> Jdbc.inTransaction(conn, () -> {
            long organId = organId(report.organ());
            Optional<Current> current = Jdbc.first(conn, """
                    SELECT d.id, r.id, r.content, r.cause FROM draft d LEFT JOIN revision r ON r.id = d.revision_id
                    WHERE d.organ_id = ? AND d.report_year = ? AND d.scope = ?""",
                    rs -> new Current(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            RevisionCause.fromId(rs.getString(4)).orElse(RevisionCause.SAVE)),
                    organId, report.year(), report.scope().id());
            boolean overwrite = current.isPresent() && replaceable.isPresent()
                    && current.get().revisionId() == replaceable.getAsLong()
                    && current.get().cause() == RevisionCause.AUTOSAVE;
            if (current.isPresent() && json.equals(current.get().content()) && !overwrite) {
                return current.get().revisionId(); // unchanged: the current revision stays
            }
            long draftId = current.isPresent() ? current.get().draftId() : Jdbc.insert(conn, """
                    INSERT INTO draft(organ_id, report_year, scope, format_version, status, errors, warnings,
                                      updated_at)
                    VALUES (?, ?, ?, ?, ?, 0, 0, ?)""",
                    organId, report.year(), report.scope().id(), report.formatVersion().id(), report.mode().name(),
                    now);
            long id = overwrite ? overwriteRevision(current.get().revisionId(), now, cause, note, json)
                    : insertRevision(draftId, now, cause, note, json);
            Jdbc.update(conn, """
                    UPDATE draft SET format_version = ?, status = ?, errors = ?, warnings = ?, updated_at = ?,
                           revision_id = ? WHERE id = ?""",
                    report.formatVersion().id(), report.mode().name(), errors, warnings, now, id, draftId);
            pruneAutosaves(draftId, id);
            return id;
        }));
        backupIfDue();
        return revisionId;
    }

    /**
     * Deletes a draft's autosaves but the newest {@value #KEEP_AUTOSAVES} (never its current revision): a draft typed
     * in for days does not grow the store without bound, while every revision with another cause stays.
     */
    private void pruneAutosaves(long draftId, long currentId) throws SQLException {
        Optional<Long> oldestKept = Jdbc.first(conn, """
                SELECT id FROM revision WHERE draft_id = ? AND cause = ? ORDER BY id DESC
                OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY""",
                rs -> rs.getLong(1), draftId, RevisionCause.AUTOSAVE.id(), KEEP_AUTOSAVES - 1);
        if (oldestKept.isPresent()) {
            Jdbc.update(conn, "DELETE FROM revision WHERE draft_id = ? AND cause = ? AND id < ? AND id <> ?",
                    draftId, RevisionCause.AUTOSAVE.id(), oldestKept.get(), currentId);
        }
    }

    /** The cause of a draft's current revision, with its id, or empty when there is no such draft. */
    public synchronized Optional<RevisionInfo> currentRevision(ReportKey key) {
        return history(key).stream().filter(RevisionInfo::current).findFirst();
    }

    /**
     * Gives a draft's current revision another cause and note while it is an autosave (the clerk saved explicitly
     * and nothing had changed since the autosave: it becomes his saved point, kept from pruning).
     *
     * @return whether it was relabelled
     */
    public synchronized boolean relabelAutosave(ReportKey key, long revisionId, RevisionCause cause, String note) {
        return sql(() -> Jdbc.update(conn, """
                UPDATE revision SET cause = ?, note = ? WHERE id = ? AND cause = ? AND id IN (
                  SELECT d.revision_id FROM draft d JOIN organ o ON o.id = d.organ_id
                  WHERE o.name = ? AND d.report_year = ? AND d.scope = ?)""",
                cause.id(), clip(note), revisionId, RevisionCause.AUTOSAVE.id(), key.organName(), key.year(),
                key.scope().id()) > 0);
    }

    /**
     * Records a report as a revision of the existing draft of its organ and year without making it the draft's
     * state (an import the clerk keeps beside the current draft): it can be restored from the history.
     *
     * @return the id of the new revision
     * @throws UserException when the organ has no draft of that year
     */
    public synchronized long addRevision(Report report, RevisionCause cause, String note) {
        String json = ReportJson.write(report);
        return sql(() -> {
            long draftId = Jdbc.first(conn, """
                    SELECT d.id FROM draft d JOIN organ o ON o.id = d.organ_id
                    WHERE o.name = ? AND d.report_year = ? AND d.scope = ?""",
                    rs -> rs.getLong(1), report.organ().name(), report.year(), report.scope().id())
                    .orElseThrow(() -> new UserException(
                            Messages.get("app.noDraft", report.organ().name(), report.year())));
            return insertRevision(draftId, OffsetDateTime.now(clock), cause, note, json);
        });
    }

    /** The kind an organ was last stored with, if the store knows it. */
    public synchronized Optional<OrganKind> organKind(String organName) {
        return sql(() -> Jdbc.first(conn, "SELECT kind FROM organ WHERE name = ?",
                rs -> OrganKind.fromId(rs.getString(1)).orElse(OrganKind.OTHER), organName.strip()));
    }

    /** The organ's id, added the first time and its kind kept up to date. */
    long organId(Organ organ) throws SQLException {
        String name = organ.name();
        String kind = organ.kind().id();
        Optional<Long> id = Jdbc.first(conn, "SELECT id FROM organ WHERE name = ?", rs -> rs.getLong(1), name);
        if (id.isPresent()) {
            Jdbc.update(conn, "UPDATE organ SET kind = ? WHERE id = ? AND kind <> ?", kind, id.get(), kind);
            return id.get();
        }
        return Jdbc.insert(conn, "INSERT INTO organ(name, kind) VALUES (?, ?)", name, kind);
    }

    private long insertRevision(long draftId, OffsetDateTime now, RevisionCause cause, String note, String json)
            throws SQLException {
        return Jdbc.insert(conn, """
                INSERT INTO revision(draft_id, saved_at, cause, note, content) VALUES (?, ?, ?, ?, ?)""",
                draftId, now, cause.id(), clip(note), json);
    }

    private long overwriteRevision(long revisionId, OffsetDateTime now, RevisionCause cause, String note, String json)
            throws SQLException {
        Jdbc.update(conn, "UPDATE revision SET saved_at = ?, cause = ?, note = ?, content = ? WHERE id = ?",
                now, cause.id(), clip(note), json, revisionId);
        return revisionId;
    }

    private static String clip(String note) {
        return note.length() > RestoreRows.MAX_NOTE ? note.substring(0, RestoreRows.MAX_NOTE) : note;
    }

    /** The revisions of an organ's own report of a year, newest first; empty when there is no such draft. */
    public synchronized List<RevisionInfo> history(String organName, int year) {
        return history(ReportKey.own(organName, year));
    }

    /** The revisions of a report, newest first; empty when there is no such draft. */
    public synchronized List<RevisionInfo> history(ReportKey key) {
        return sql(() -> Jdbc.list(conn, """
                SELECT r.id, r.saved_at, r.note, r.id = d.revision_id, r.cause
                FROM revision r JOIN draft d ON d.id = r.draft_id JOIN organ o ON o.id = d.organ_id
                WHERE o.name = ? AND d.report_year = ? AND d.scope = ? ORDER BY r.id DESC""",
                rs -> new RevisionInfo(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getBoolean(4), RevisionCause.fromId(rs.getString(5)).orElse(RevisionCause.SAVE), null),
                key.organName(), key.year(), key.scope().id()));
    }

    /** One revision of an organ's own report of a year. */
    public synchronized Optional<Report> revision(String organName, int year, long revisionId) {
        return revision(ReportKey.own(organName, year), revisionId);
    }

    /** The report as it was in one of its revisions. */
    public synchronized Optional<Report> revision(ReportKey key, long revisionId) {
        return sql(() -> Jdbc.first(conn, """
                SELECT r.id, r.content FROM revision r JOIN draft d ON d.id = r.draft_id
                JOIN organ o ON o.id = d.organ_id
                WHERE o.name = ? AND d.report_year = ? AND d.scope = ? AND r.id = ?""",
                rs -> parse(rs.getLong(1), rs.getString(2)), key.organName(), key.year(), key.scope().id(),
                revisionId));
    }

    private Report parse(long revisionId, String json) {
        try {
            return ReportJson.read(json.getBytes(StandardCharsets.UTF_8), DB_FILE).report();
        } catch (UserException e) {
            LOG.error("revision {} in {} cannot be read: {}", revisionId, dataDir, e.getMessage());
            throw new UserException(Messages.get("store.revisionDamaged", revisionId, dataDir), e);
        }
    }

    /** The units of the aggregates this store holds, and what they sent. */
    public Units units() {
        return units;
    }

    Connection connection() {
        return conn;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // ---- backups --------------------------------------------------------------------------------------------

    /** Writes a backup now; keeps the newest {@value #KEEP_BACKUPS}. */
    public synchronized Path backup() {
        return backup("manual");
    }

    private Path backup(String label) {
        return backup(label, Set.of());
    }

    /** @param spared backups the pruning must leave (the one being restored from) */
    private Path backup(String label, Set<Path> spared) {
        if (readOnly) {
            throw new UserException(Messages.get("store.readOnly", dataDir));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Path target = Backups.newFile(backupDir(), now, label);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(backupDir());
            BackupWriter.write(conn, dataDir.resolve(SETTINGS_FILE), part, now);
            FileMoves.replace(part, target);
            lastBackup = clock.instant();
            LOG.info("backup written: {}", target);
            Backups.prune(backupDir(), KEEP_BACKUPS, spared);
            return target;
        } catch (SQLException | IOException e) {
            LOG.error("backup {} failed", target, e);
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw new UserException(Messages.get("store.backupFailed", target, StoreFailures.reason(e)), e);
        }
    }

    /** Writes a backup if the newest is a day old or there is none, and the store holds a draft. */
    public synchronized Optional<Path> backupIfDue() {
        if (lastBackup == null) {
            lastBackup = Backups.list(backupDir()).stream().findFirst().map(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant();
                } catch (IOException e) {
                    return null;
                }
            }).orElse(null);
        }
        if (lastBackup != null && Duration.between(lastBackup, clock.instant()).compareTo(BACKUP_INTERVAL) < 0) {
            return Optional.empty();
        }
        if (list().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(backup("daily"));
    }

    /** The backups in a folder, newest first. */
    public static List<Path> listBackups(Path backupDir) {
        return Backups.list(backupDir);
    }

    /**
     * A backup in the backup folder as its name describes it.
     *
     * @param made  the time in its name (the local time it was written), empty when the name has none
     * @param label why it was made: {@code daily}, {@code manual}, {@code before-restore}, {@code before-vN} (before
     *              the migration to schema N), empty when the name does not say
     */
    public record BackupFile(Path file, Optional<LocalDateTime> made, String label) {
    }

    /** The backups in a folder, newest first, with what their names say. */
    public static List<BackupFile> describeBackups(Path backupDir) {
        return Backups.list(backupDir).stream().map(p -> Backups.named(p)
                .map(n -> new BackupFile(p, Optional.of(n.made()), n.label()))
                .orElseGet(() -> new BackupFile(p, Optional.empty(), ""))).toList();
    }

    /** What a restore brought back, and where the data it replaced was backed up (when there was any). */
    public record Restored(int organs, int drafts, int revisions, Optional<Path> previousData) {
    }

    /**
     * Replaces the store of a data folder with the content of a backup (of this version, or an SQL backup of an
     * earlier one). The backup is read as data into a new database first and checked entry by entry; then the
     * present store is backed up (or, when damaged, moved aside) and swapped out. The folder's lock is held
     * throughout: a running copy of the app or another restore is refused. Nothing changes when the backup cannot
     * be read.
     */
    public static Restored restore(Path dataDir, Path backupFile) {
        Path file = backupFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserException(Messages.get("store.backupMissing", file));
        }
        Path dir = prepareFolder(dataDir);
        Clock clock = Clock.systemDefaultZone();
        try (StoreLock ignored = StoreLock.acquire(dir)) {
            Path work = dir.resolve(RESTORE_DIR);
            try {
                deleteTree(work);
                Files.createDirectories(work);
                ReadBackup read = readBackup(file, work);
                Optional<Path> previous = backUpPresent(dir, clock, file);
                FileMoves.replace(work.resolve(DB_FILE), dir.resolve(DB_FILE));
                if (read.settings().isPresent()) {
                    writeSettings(dir, read.settings().get());
                }
                LOG.info("restored {} from {}", dir, file);
                RestoreRows.Summary s = read.summary();
                return new Restored(s.organs(), s.drafts(), s.revisions(), previous);
            } catch (IOException e) {
                throw new UserException(Messages.get("store.restoreFailed", file, StoreFailures.reason(e)), e);
            } finally {
                deleteTree(work);
            }
        }
    }

    private record ReadBackup(RestoreRows.Summary summary, Optional<byte[]> settings) {
    }

    /** Reads a backup into a new store in {@code work}. */
    private static ReadBackup readBackup(Path file, Path work) {
        try (Connection c = connect(work, false); ZipFile zip = new ZipFile(file.toFile())) {
            Schema.migrate(c, work, Schema.MIGRATIONS, false, () -> { });
            c.setAutoCommit(false); // one commit at the end; the new store is thrown away if anything is wrong
            RestoreRows rows = new RestoreRows(c);
            Optional<byte[]> settings = Optional.empty();
            if (BackupReader.isBackup(zip)) {
                settings = BackupReader.read(zip, rows);
            } else if (LegacyBackupReader.isLegacy(zip)) {
                LegacyBackupReader.read(zip, rows);
            } else {
                throw new UserException(Messages.get("store.notABackup", file));
            }
            RestoreRows.Summary summary = rows.finish();
            c.commit();
            return new ReadBackup(summary, settings);
        } catch (BadBackupException e) {
            throw new UserException(Messages.get("store.badBackup", file, e.getMessage()), e);
        } catch (IOException e) {
            LOG.warn("backup {} cannot be read", file, e);
            throw new UserException(Messages.get("store.notABackup", file), e);
        } catch (SQLException e) {
            throw StoreFailures.of(work, e);
        }
    }

    /** Backs up the present store before it is replaced; a damaged one is moved aside instead, as it is. */
    private static Optional<Path> backUpPresent(Path dir, Clock clock, Path restoredFrom) {
        if (!Files.exists(dir.resolve(DB_FILE))) {
            return Optional.empty();
        }
        try (ReportStore present = openLocked(dir, Schema.MIGRATIONS, clock, null, false)) {
            return present.list().isEmpty() ? Optional.empty()
                    : Optional.of(present.backup("before-restore", Set.of(restoredFrom)));
        } catch (DamagedStoreException e) {
            LOG.warn("restoring over a damaged store: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The settings of a backup, written beside the store as they were when they read as properties. */
    private static void writeSettings(Path dir, byte[] settings) {
        try {
            new Properties().load(new ByteArrayInputStream(settings));
            Path part = dir.resolve(SETTINGS_FILE + ".part");
            Files.write(part, settings);
            FileMoves.replace(part, dir.resolve(SETTINGS_FILE));
        } catch (IOException | IllegalArgumentException e) {
            // Only the last folder of the file dialogs: the restore stands without it.
            LOG.warn("the settings of the backup were not restored", e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete {}", dir, e);
        }
    }

    // ---- misc -----------------------------------------------------------------------------------------------

    /** Runs statements on the store; a failure is told to the clerk in words ({@link StoreFailures}). */
    <T> T sql(Jdbc.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw StoreFailures.of(dataDir, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!conn.isClosed()) {
                conn.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing store {}", dataDir, e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
