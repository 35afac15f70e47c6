package org.ogireport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ogireport.i18n.Messages;
import org.ogireport.util.AppVersion;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema's migrations, in order, and how a store is brought to the newest: each step in its own transaction,
 * with a backup of the data before the first step, and the schema, engine and app versions stamped in
 * {@code meta}. A store of a newer app is refused untouched.
 */
final class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    static final List<Migration> MIGRATIONS = List.of(
            Migration.sql(1, "organs, drafts and their revisions",
                    """
                    CREATE TABLE organ(
                      id BIGINT AUTO_INCREMENT PRIMARY KEY,
                      name VARCHAR(200) NOT NULL UNIQUE,
                      kind VARCHAR(40) NOT NULL)""",
                    """
                    CREATE TABLE draft(
                      id BIGINT AUTO_INCREMENT PRIMARY KEY,
                      organ_id BIGINT NOT NULL REFERENCES organ(id),
                      report_year INT NOT NULL,
                      format_version VARCHAR(8) NOT NULL,
                      status VARCHAR(16) NOT NULL,
                      errors INT NOT NULL,
                      warnings INT NOT NULL,
                      updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
                      revision_id BIGINT,
                      UNIQUE(organ_id, report_year))""",
                    """
                    CREATE TABLE revision(
                      id BIGINT AUTO_INCREMENT PRIMARY KEY,
                      draft_id BIGINT NOT NULL REFERENCES draft(id) ON DELETE CASCADE,
                      saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
                      note VARCHAR(400) NOT NULL,
                      content CLOB NOT NULL)""",
                    "CREATE INDEX revision_by_draft ON revision(draft_id, id)"),
            new Migration(2, "a report's scope (own or aggregate); the units of an aggregate, what they sent, reviews",
                    List.of(
                            Migration.statement(
                                    "ALTER TABLE draft ADD COLUMN scope VARCHAR(16) DEFAULT 'own' NOT NULL"),
                            Schema::dropUniqueConstraintsOfDraft,
                            Migration.statement(
                                    "ALTER TABLE draft ADD CONSTRAINT draft_key UNIQUE(organ_id, report_year, scope)"),
                            Migration.statement("""
                                    CREATE TABLE unit(
                                      id BIGINT AUTO_INCREMENT PRIMARY KEY,
                                      compiler_id BIGINT NOT NULL REFERENCES organ(id),
                                      report_year INT NOT NULL,
                                      position INT NOT NULL,
                                      name VARCHAR(200) NOT NULL,
                                      kind VARCHAR(40) NOT NULL,
                                      relation VARCHAR(24) NOT NULL,
                                      contact VARCHAR(100),
                                      phone VARCHAR(60),
                                      UNIQUE(compiler_id, report_year, name))"""),
                            Migration.statement("""
                                    CREATE TABLE submission(
                                      id BIGINT AUTO_INCREMENT PRIMARY KEY,
                                      unit_id BIGINT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
                                      received_at TIMESTAMP WITH TIME ZONE NOT NULL,
                                      file_name VARCHAR(400) NOT NULL,
                                      sha256 VARCHAR(64) NOT NULL,
                                      errors INT NOT NULL,
                                      warnings INT NOT NULL,
                                      content CLOB NOT NULL)"""),
                            Migration.statement("CREATE INDEX submission_by_unit ON submission(unit_id, id)"),
                            Migration.statement("""
                                    CREATE TABLE review(
                                      id BIGINT AUTO_INCREMENT PRIMARY KEY,
                                      submission_id BIGINT NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
                                      verdict VARCHAR(16) NOT NULL,
                                      comment VARCHAR(2000),
                                      reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL)"""),
                            Migration.statement("CREATE INDEX review_by_submission ON review(submission_id, id)"))));

    /** Schema 1 made draft's (organ, year) unique under a name H2 chose; schema 2 makes it (organ, year, scope). */
    private static void dropUniqueConstraintsOfDraft(Connection conn) throws SQLException {
        List<String> names = Jdbc.list(conn, """
                SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'DRAFT' AND CONSTRAINT_TYPE = 'UNIQUE'""",
                rs -> rs.getString(1));
        for (String name : names) {
            // A name read from this database's own catalog, quoted as an identifier.
            Jdbc.execute(conn, List.of("ALTER TABLE draft DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\""));
        }
    }

    private Schema() {
    }

    static int latest(List<Migration> migrations) {
        return migrations.get(migrations.size() - 1).version();
    }

    /**
     * Brings a store to the newest schema of the list.
     *
     * @param readOnly     a store that may not be written is only checked: it must be of the newest schema
     * @param backupBefore run before the first step on a store that has data
     */
    static void migrate(Connection conn, Path dataDir, List<Migration> migrations, boolean readOnly,
                        Runnable backupBefore) throws SQLException {
        int latest = latest(migrations);
        if (!readOnly) {
            Jdbc.execute(conn, List.of(
                    "CREATE TABLE IF NOT EXISTS meta(name VARCHAR(64) PRIMARY KEY, val VARCHAR(400) NOT NULL)"));
        }
        int current = Integer.parseInt(meta(conn, "schema_version").orElse("0"));
        if (current > latest) {
            throw new UserException(Messages.get("store.newer", dataDir, current, latest));
        }
        if (readOnly) {
            if (current < latest) {
                throw new UserException(Messages.get("store.readOnlyOld", dataDir));
            }
            return;
        }
        if (current < latest && current > 0) {
            backupBefore.run();
        }
        for (Migration m : migrations) {
            if (m.version() > current) {
                LOG.info("migrating store {} to schema {}: {}", dataDir, m.version(), m.description());
                Jdbc.inTransaction(conn, () -> {
                    for (Migration.Step step : m.steps()) {
                        step.apply(conn);
                    }
                    setMeta(conn, "schema_version", Integer.toString(m.version()));
                    return null;
                });
            }
        }
        String h2 = h2Version(conn);
        if (meta(conn, "created_h2_version").isEmpty()) {
            setMeta(conn, "created_h2_version", h2);
        }
        setMeta(conn, "h2_version", h2);
        setMeta(conn, "app_version", AppVersion.get());
    }

    static Optional<String> meta(Connection conn, String name) throws SQLException {
        return Jdbc.first(conn, "SELECT val FROM meta WHERE name = ?", rs -> rs.getString(1), name);
    }

    private static void setMeta(Connection conn, String name, String value) throws SQLException {
        Jdbc.update(conn, "MERGE INTO meta(name, val) KEY(name) VALUES (?, ?)", name, value);
    }

    static String h2Version(Connection conn) throws SQLException {
        return Jdbc.first(conn, "SELECT H2VERSION()", rs -> rs.getString(1)).orElseThrow();
    }
}
