package org.ogireport.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.ogireport.exchange.ReportJson;
import org.ogireport.i18n.Messages;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionInfo;
import org.ogireport.model.ValueMode;
import org.ogireport.util.AppVersion;
import org.ogireport.util.FileMoves;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drafts of every organ and year, in one embedded H2 database in the data folder, with a revision on every
 * save, versioned schema migrations, and compressed SQL backups.
 *
 * <p>Each draft's content is stored as the JSON exchange format (spec §9), so a revision is exactly what an
 * export would carry, and the schema does not change when the format gains a cell. The database is opened with
 * H2's default file lock: a second copy of the app is refused with a clear message instead of corrupting the
 * file, and the operating system releases the lock when a process dies. Commits are flushed at once
 * ({@code WRITE_DELAY=0}) so that a killed process loses nothing it has saved.
 */
public final class ReportStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportStore.class);

    public static final String DB_NAME = "ogi-report";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    public static final String BACKUP_DIR = "backups";
    public static final int KEEP_BACKUPS = 10;
    static final Duration BACKUP_INTERVAL = Duration.ofDays(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dataDir;
    private final Connection conn;
    private final Clock clock;
    private Instant lastBackup;

    private ReportStore(Path dataDir, Connection conn, Clock clock) {
        this.dataDir = dataDir;
        this.conn = conn;
        this.clock = clock;
    }

    /** Opens (creating or migrating as needed) the store in a data folder. */
    public static ReportStore open(Path dataDir) {
        return open(dataDir, Schema.MIGRATIONS, Clock.systemDefaultZone());
    }

    static ReportStore open(Path dataDir, List<Migration> migrations, Clock clock) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException(Messages.get("store.cannotCreateDir", dir, e.getMessage()), e);
        }
        boolean existed = Files.exists(dir.resolve(DB_FILE));
        Connection conn = connect(dir);
        ReportStore store = new ReportStore(dir, conn, clock);
        try {
            store.migrate(migrations, existed);
            store.backupIfDue();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static String url(Path dir) {
        // FILE_LOCK stays the default (FS): no socket, no server, released by the OS on a crash.
        // MAX_COMPACT_TIME=0: no compaction on close. H2's compaction trips its own assertions (h2database
        // issues #4086, #4247: lost chunks); a report store is small and MVStore reuses freed space anyway.
        return "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;COMPRESS=TRUE;TRACE_LEVEL_FILE=4";
    }

    private static Connection connect(Path dir) {
        try {
            Connection c = DriverManager.getConnection(url(dir), "sa", "");
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            throw translateOpenFailure(dir, e);
        }
    }

    private static UserException translateOpenFailure(Path dir, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            LOG.info("store in {} is in use by another process", dir);
        } else {
            LOG.warn("cannot open store in {}", dir, e);
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new UserException(Messages.get("store.inUse", dir), e);
            case ErrorCode.FILE_VERSION_ERROR_1 -> new UserException(Messages.get("store.engineVersion", dir), e);
            case ErrorCode.FILE_CORRUPTED_1 -> new UserException(Messages.get("store.corrupt", dir), e);
            default -> new UserException(Messages.get("store.cannotOpen", dir, e.getMessage()), e);
        };
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path backupDir() {
        return dataDir.resolve(BACKUP_DIR);
    }

    // ---- schema ---------------------------------------------------------------------------------------------

    /** The schema version this app writes. */
    public static int schemaVersion() {
        return Schema.MIGRATIONS.get(Schema.MIGRATIONS.size() - 1).version();
    }

    private void migrate(List<Migration> migrations, boolean existed) {
        int latest = migrations.get(migrations.size() - 1).version();
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS meta(name VARCHAR(64) PRIMARY KEY, val VARCHAR(400) NOT NULL)");
            int current = Integer.parseInt(meta("schema_version").orElse("0"));
            if (current > latest) {
                throw new UserException(Messages.get("store.newer", dataDir, current, latest));
            }
            if (current < latest && existed && current > 0) {
                backup("before-v" + latest);
            }
            for (Migration m : migrations) {
                if (m.version() <= current) {
                    continue;
                }
                LOG.info("migrating store {} to schema {}: {}", dataDir, m.version(), m.description());
                conn.setAutoCommit(false);
                try {
                    for (String sql : m.statements()) {
                        st.execute(sql);
                    }
                    setMeta("schema_version", Integer.toString(m.version()));
                    conn.commit();
                } catch (SQLException e) {
                    conn.rollback();
                    throw e;
                } finally {
                    conn.setAutoCommit(true);
                }
            }
            String h2 = h2Version();
            if (meta("created_h2_version").isEmpty()) {
                setMeta("created_h2_version", h2);
            }
            setMeta("h2_version", h2);
            setMeta("app_version", AppVersion.get());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A metadata value. */
    public synchronized Optional<String> meta(String name) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT val FROM meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void setMeta(String name, String value) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("MERGE INTO meta(name, val) KEY(name) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** The version of the H2 engine, as stamped into the database. */
    public synchronized String h2Version() {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT H2VERSION()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The version of the H2 engine this app is built with. */
    public static String engineVersion() {
        return org.h2.engine.Constants.FULL_VERSION;
    }

    // ---- drafts ---------------------------------------------------------------------------------------------

    /** Every stored draft, by organ name and year. */
    public synchronized List<DraftInfo> list() {
        String sql = """
                SELECT o.name, o.kind, d.report_year, d.format_version, d.status, d.errors, d.warnings,
                       d.updated_at, d.revision_id
                FROM draft d JOIN organ o ON o.id = d.organ_id
                ORDER BY o.name, d.report_year""";
        List<DraftInfo> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new DraftInfo(rs.getString(1), OrganKind.fromId(rs.getString(2)).orElse(OrganKind.OTHER),
                        rs.getInt(3), rs.getString(4), ValueMode.valueOf(rs.getString(5)), rs.getInt(6),
                        rs.getInt(7), rs.getObject(8, OffsetDateTime.class), rs.getLong(9)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    /** The current state of the draft of an organ and year. */
    public synchronized Optional<Report> load(String organName, int year) {
        String sql = """
                SELECT r.content FROM draft d JOIN organ o ON o.id = d.organ_id JOIN revision r ON r.id = d.revision_id
                WHERE o.name = ? AND d.report_year = ?""";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, organName.strip());
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Saves a report as the draft of its organ and year and records a revision, unless nothing changed since the
     * draft's current revision.
     *
     * @param note     how the revision came to be, shown in the history
     * @param errors   the report's E findings, shown in the list
     * @param warnings its unexplained W findings, shown in the list
     * @return the id of the draft's current revision
     */
    public synchronized long save(Report report, String note, int errors, int warnings) {
        return save(report, note, errors, warnings, 0);
    }

    /**
     * Saves like {@link #save(Report, String, int, int)}, but overwrites the revision {@code replaceable} instead of
     * adding one when it is still the draft's current revision and has the same note: so that saving every few
     * seconds (autosave) keeps one revision per stretch of work instead of burying the history.
     *
     * @param replaceable the revision that may be overwritten, or 0 to always add one
     */
    public synchronized long save(Report report, String note, int errors, int warnings, long replaceable) {
        String json = ReportJson.write(report);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            conn.setAutoCommit(false);
            try {
                long organId = organId(report);
                long draftId;
                long revisionId = 0;
                boolean overwrite = false;
                try (PreparedStatement ps = conn.prepareStatement("""
                        SELECT d.id, r.content, r.id, r.note FROM draft d LEFT JOIN revision r ON r.id = d.revision_id
                        WHERE d.organ_id = ? AND d.report_year = ?""")) {
                    ps.setLong(1, organId);
                    ps.setInt(2, report.year());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            draftId = rs.getLong(1);
                            if (json.equals(rs.getString(2))) {
                                revisionId = -1; // unchanged: keep the current revision
                            } else {
                                overwrite = replaceable != 0 && rs.getLong(3) == replaceable
                                        && note.equals(rs.getString(4));
                            }
                        } else {
                            draftId = insertDraft(organId, report, now);
                        }
                    }
                }
                if (revisionId == 0) {
                    revisionId = overwrite ? overwriteRevision(replaceable, now, json)
                            : insertRevision(draftId, now, note, json);
                    try (PreparedStatement ps = conn.prepareStatement("""
                            UPDATE draft SET format_version = ?, status = ?, errors = ?, warnings = ?, updated_at = ?,
                                   revision_id = ? WHERE id = ?""")) {
                        ps.setString(1, report.formatVersion().id());
                        ps.setString(2, report.mode().name());
                        ps.setInt(3, errors);
                        ps.setInt(4, warnings);
                        ps.setObject(5, now);
                        ps.setLong(6, revisionId);
                        ps.setLong(7, draftId);
                        ps.executeUpdate();
                    }
                } else {
                    revisionId = currentRevision(draftId);
                }
                conn.commit();
                backupIfDue();
                return revisionId;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Records a report as a revision of the existing draft of its organ and year without making it the draft's
     * state (an import the clerk keeps beside the current draft): it can be restored from the history.
     *
     * @return the id of the new revision
     * @throws UserException when the organ has no draft of that year
     */
    public synchronized long addRevision(Report report, String note) {
        String json = ReportJson.write(report);
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT d.id FROM draft d JOIN organ o ON o.id = d.organ_id WHERE o.name = ? AND d.report_year = ?""")) {
            ps.setString(1, report.organ().name());
            ps.setInt(2, report.year());
            long draftId;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UserException(Messages.get("app.noDraft", report.organ().name(), report.year()));
                }
                draftId = rs.getLong(1);
            }
            return insertRevision(draftId, OffsetDateTime.now(clock), note, json);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private long organId(Report report) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, kind FROM organ WHERE name = ?")) {
            ps.setString(1, report.organ().name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    if (!rs.getString(2).equals(report.organ().kind().id())) {
                        try (PreparedStatement up = conn.prepareStatement("UPDATE organ SET kind = ? WHERE id = ?")) {
                            up.setString(1, report.organ().kind().id());
                            up.setLong(2, id);
                            up.executeUpdate();
                        }
                    }
                    return id;
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO organ(name, kind) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, report.organ().name());
            ps.setString(2, report.organ().kind().id());
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    private long insertDraft(long organId, Report report, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO draft(organ_id, report_year, format_version, status, errors, warnings, updated_at)
                VALUES (?, ?, ?, ?, 0, 0, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, organId);
            ps.setInt(2, report.year());
            ps.setString(3, report.formatVersion().id());
            ps.setString(4, report.mode().name());
            ps.setObject(5, now);
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    private long insertRevision(long draftId, OffsetDateTime now, String note, String json) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO revision(draft_id, saved_at, note, content) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, draftId);
            ps.setObject(2, now);
            ps.setString(3, note.length() > 400 ? note.substring(0, 400) : note);
            ps.setString(4, json);
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    private long overwriteRevision(long revisionId, OffsetDateTime now, String json) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "UPDATE revision SET saved_at = ?, content = ? WHERE id = ?")) {
            ps.setObject(1, now);
            ps.setString(2, json);
            ps.setLong(3, revisionId);
            ps.executeUpdate();
            return revisionId;
        }
    }

    private long currentRevision(long draftId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT revision_id FROM draft WHERE id = ?")) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** The revisions of a draft, newest first; empty when there is no such draft. */
    public synchronized List<RevisionInfo> history(String organName, int year) {
        String sql = """
                SELECT r.id, r.saved_at, r.note, r.id = d.revision_id
                FROM revision r JOIN draft d ON d.id = r.draft_id JOIN organ o ON o.id = d.organ_id
                WHERE o.name = ? AND d.report_year = ? ORDER BY r.id DESC""";
        List<RevisionInfo> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, organName.strip());
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RevisionInfo(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getBoolean(4)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    /** The report as it was in one revision of the draft of an organ and year. */
    public synchronized Optional<Report> revision(String organName, int year, long revisionId) {
        String sql = """
                SELECT r.content FROM revision r JOIN draft d ON d.id = r.draft_id JOIN organ o ON o.id = d.organ_id
                WHERE o.name = ? AND d.report_year = ? AND r.id = ?""";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, organName.strip());
            ps.setInt(2, year);
            ps.setLong(3, revisionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Report parse(String json) {
        return ReportJson.read(json.getBytes(StandardCharsets.UTF_8), DB_FILE).report();
    }

    // ---- backups --------------------------------------------------------------------------------------------

    /** Writes a compressed SQL backup now; keeps the newest {@value #KEEP_BACKUPS}. */
    public synchronized Path backup() {
        return backup("manual");
    }

    private Path backup(String label) {
        Path dir = backupDir();
        String name = DB_NAME + "-" + STAMP.format(OffsetDateTime.now(clock)) + "-" + label + ".zip";
        Path target = dir.resolve(name);
        Path part = dir.resolve(name + ".part");
        try {
            Files.createDirectories(dir);
            try (Statement st = conn.createStatement()) {
                st.execute("SCRIPT TO '" + part.toString().replace("'", "''") + "' COMPRESSION ZIP");
            }
            FileMoves.replace(part, target);
            lastBackup = clock.instant();
            LOG.info("backup written: {}", target);
            prune(dir);
            return target;
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw new UserException(Messages.get("store.backupFailed", target, e.getMessage()), e);
        }
    }

    /** Writes a backup if the newest is a day old or there is none, and the store holds a draft. */
    public synchronized Optional<Path> backupIfDue() {
        if (lastBackup == null) {
            lastBackup = listBackups(backupDir()).stream().findFirst().map(p -> {
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
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(backupDir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(backupDir, DB_NAME + "-*.zip")) {
            ds.forEach(out::add);
        } catch (IOException e) {
            LOG.warn("cannot list backups in {}", backupDir, e);
        }
        out.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        return out;
    }

    private static void prune(Path dir) throws IOException {
        List<Path> all = listBackups(dir);
        for (Path old : all.subList(Math.min(KEEP_BACKUPS, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * Replaces the database of a data folder with the content of a backup. The backup is read into a new database
     * first and checked; then the present database is backed up and swapped out. Nothing changes when the backup
     * cannot be read or the folder is in use.
     */
    public static void restore(Path dataDir, Path backupFile) {
        Path dir = dataDir.toAbsolutePath().normalize();
        BackupScript.check(backupFile);
        Path work = dir.resolve("restore-tmp");
        deleteTree(work);
        try {
            Files.createDirectories(work);
            try (Connection c = DriverManager.getConnection(url(work), "sa", "");
                 Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM '" + backupFile.toAbsolutePath().toString().replace("'", "''")
                        + "' COMPRESSION ZIP");
                int version;
                try (ResultSet rs = st.executeQuery("SELECT val FROM meta WHERE name = 'schema_version'")) {
                    version = rs.next() ? Integer.parseInt(rs.getString(1)) : -1;
                }
                if (version < 1) {
                    throw new UserException(Messages.get("store.notABackup", backupFile));
                }
                if (version > schemaVersion()) {
                    throw new UserException(Messages.get("store.newer", backupFile, version, schemaVersion()));
                }
            } catch (SQLException e) {
                throw new UserException(Messages.get("store.notABackup", backupFile), e);
            }
            try (ReportStore current = open(dir)) {
                current.backup("before-restore");
            }
            Path db = dir.resolve(DB_FILE);
            Files.deleteIfExists(db);
            FileMoves.replace(work.resolve(DB_FILE), db);
            open(dir).close(); // migrates a backup of an older schema
            LOG.info("restored {} from {}", dir, backupFile);
        } catch (IOException e) {
            throw new UserException(Messages.get("store.restoreFailed", backupFile, e.getMessage()), e);
        } finally {
            deleteTree(work);
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

    private UserException failure(SQLException e) {
        LOG.error("store failure in {}", dataDir, e);
        if (isDiskFull(e)) {
            return new UserException(Messages.get("store.diskFull", dataDir), e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new UserException(Messages.get("store.readOnly", dataDir), e);
        }
        return new UserException(Messages.get("store.failure", dataDir, e.getMessage()), e);
    }

    /** H2 reports a full disk as an I/O error; the operating system's words say which. */
    private static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void close() {
        try {
            if (!conn.isClosed()) {
                conn.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing store {}", dataDir, e);
        }
    }
}
