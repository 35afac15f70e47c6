package org.ogireport.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ogireport.util.AppVersion;

/** Writes a backup of a store (the layout is described in {@link Backups}). */
final class BackupWriter {

    /** The settings file is a few lines; a larger one is not ours and is left out. */
    static final long MAX_SETTINGS_BYTES = 64 * 1024;

    private record DraftRow(long id, String organName, String organKind, int year, String scope, int errors,
                            int warnings, OffsetDateTime updatedAt, long currentRevision) {
    }

    private record ListRow(long compilerId, String compilerName, String compilerKind, int year) {
    }

    private final ZipOutputStream zip;
    private final ArrayNode entries = Backups.JSON.createArrayNode();
    private int revisions;

    private BackupWriter(ZipOutputStream zip) {
        this.zip = zip;
    }

    /** Writes every draft and revision of the store, and the settings file when there is one, to a new file. */
    static void write(Connection conn, Path settingsFile, Path target, OffsetDateTime now)
            throws IOException, SQLException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch));
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            BackupWriter writer = new BackupWriter(zip);
            int drafts = writer.drafts(conn);
            writer.unitLists(conn);
            if (Files.isRegularFile(settingsFile) && Files.size(settingsFile) <= MAX_SETTINGS_BYTES) {
                writer.put(Backups.SETTINGS, Files.readAllBytes(settingsFile));
            }
            writer.manifest(now, drafts);
            zip.finish();
            out.flush();
            ch.force(true);
        }
    }

    /**
     * Whether the store has a schema's table or column: the backup before a migration reads the schema being left
     * (a store of schema 1 has no scope, no units).
     */
    private static boolean has(Connection conn, String table, String column) throws SQLException {
        return Jdbc.first(conn, """
                SELECT 1 FROM INFORMATION_SCHEMA.COLUMNS
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = ?""", rs -> true,
                table, column).isPresent();
    }

    private int drafts(Connection conn) throws IOException, SQLException {
        String scope = has(conn, "DRAFT", "SCOPE") ? "d.scope" : "'own'";
        boolean causes = has(conn, "REVISION", "CAUSE");
        List<DraftRow> drafts = Jdbc.list(conn, """
                SELECT d.id, o.name, o.kind, d.report_year, %s, d.errors, d.warnings, d.updated_at, d.revision_id
                FROM draft d JOIN organ o ON o.id = d.organ_id ORDER BY o.name, d.report_year, 5 DESC"""
                .formatted(scope),
                rs -> new DraftRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getInt(6), rs.getInt(7), rs.getObject(8, OffsetDateTime.class), rs.getLong(9)));
        int n = 0;
        for (DraftRow d : drafts) {
            int number = ++n;
            ObjectNode node = Backups.JSON.createObjectNode();
            ObjectNode organ = node.putObject("organ");
            organ.put("name", d.organName());
            organ.put("kind", d.organKind());
            node.put("year", d.year());
            node.put("scope", d.scope());
            node.put("errors", d.errors());
            node.put("warnings", d.warnings());
            node.put("updatedAt", d.updatedAt().toString());
            node.put("currentRevision", d.currentRevision());
            ArrayNode list = node.putArray("revisions");
            // A store backed up before its migration to causes (schema 3) has none: the reader tells them by note.
            String revisionsOfDraft = "SELECT id, saved_at, note, content, " + (causes ? "cause" : "NULL")
                    + " FROM revision WHERE draft_id = ? ORDER BY id";
            Jdbc.each(conn, revisionsOfDraft, rs -> {
                long id = rs.getLong(1);
                String file = Backups.revisionEntry(number, id);
                putFromRow(file, rs.getString(4));
                ObjectNode r = list.addObject();
                r.put("id", id);
                r.put("savedAt", rs.getObject(2, OffsetDateTime.class).toString());
                r.put("note", rs.getString(3));
                if (rs.getString(5) != null) {
                    r.put("cause", rs.getString(5));
                }
                r.put("file", file);
                revisions++;
            }, d.id());
            put(Backups.draftEntry(number), Backups.JSON.writeValueAsBytes(node));
        }
        return drafts.size();
    }

    /** Each aggregate's list of units, what each sent (the reports as exchange JSON) and the reviews. */
    private void unitLists(Connection conn) throws IOException, SQLException {
        if (!has(conn, "UNIT", "ID")) {
            return;
        }
        List<ListRow> lists = Jdbc.list(conn, """
                SELECT DISTINCT u.compiler_id, o.name, o.kind, u.report_year FROM unit u
                JOIN organ o ON o.id = u.compiler_id ORDER BY o.name, u.report_year""",
                rs -> new ListRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        int n = 0;
        for (ListRow l : lists) {
            int number = ++n;
            ObjectNode node = Backups.JSON.createObjectNode();
            ObjectNode compiler = node.putObject("compiler");
            compiler.put("name", l.compilerName());
            compiler.put("kind", l.compilerKind());
            node.put("year", l.year());
            ArrayNode units = node.putArray("units");
            record Listed(long id, ArrayNode submissions) {
            }
            List<Listed> listed = new ArrayList<>();
            Jdbc.each(conn, """
                    SELECT id, name, kind, relation, contact, phone FROM unit
                    WHERE compiler_id = ? AND report_year = ? ORDER BY position""", rs -> {
                ObjectNode u = units.addObject();
                u.put("name", rs.getString(2));
                u.put("kind", rs.getString(3));
                u.put("relation", rs.getString(4));
                u.put("contact", rs.getString(5));
                u.put("phone", rs.getString(6));
                listed.add(new Listed(rs.getLong(1), u.putArray("submissions")));
            }, l.compilerId(), l.year());
            for (Listed u : listed) {
                submissions(conn, number, u.id(), u.submissions());
            }
            put(Backups.unitsEntry(number), Backups.JSON.writeValueAsBytes(node));
        }
    }

    private void submissions(Connection conn, int list, long unitId, ArrayNode out) throws SQLException {
        Jdbc.each(conn, """
                SELECT id, received_at, file_name, sha256, errors, warnings, content FROM submission
                WHERE unit_id = ? ORDER BY id""", rs -> {
            long id = rs.getLong(1);
            String file = Backups.submissionEntry(list, id);
            putFromRow(file, rs.getString(7));
            ObjectNode s = out.addObject();
            s.put("receivedAt", rs.getObject(2, OffsetDateTime.class).toString());
            s.put("fileName", rs.getString(3));
            s.put("sha256", rs.getString(4));
            s.put("errors", rs.getInt(5));
            s.put("warnings", rs.getInt(6));
            s.put("file", file);
            ArrayNode reviews = s.putArray("reviews");
            Jdbc.each(conn, "SELECT verdict, comment, reviewed_at FROM review WHERE submission_id = ? ORDER BY id",
                    r -> {
                        ObjectNode v = reviews.addObject();
                        v.put("verdict", r.getString(1));
                        v.put("comment", r.getString(2));
                        v.put("at", r.getObject(3, OffsetDateTime.class).toString());
                    }, id);
        }, unitId);
    }

    private void manifest(OffsetDateTime now, int drafts) throws IOException {
        ObjectNode m = Backups.JSON.createObjectNode();
        m.put("format", Backups.FORMAT);
        m.put("version", Backups.VERSION);
        m.put("schemaVersion", ReportStore.schemaVersion());
        m.put("app", AppVersion.get());
        m.put("createdAt", now.toString());
        m.put("drafts", drafts);
        m.put("revisions", revisions);
        m.set("entries", entries);
        zip.putNextEntry(new ZipEntry(Backups.MANIFEST));
        zip.write(Backups.JSON.writeValueAsBytes(m));
        zip.closeEntry();
    }

    /** Puts a text read from a row as an entry, inside a row callback (which may only throw SQLException). */
    private void putFromRow(String name, String text) throws SQLException {
        try {
            put(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private void put(String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        ObjectNode e = entries.addObject();
        e.put("name", name);
        e.put("size", bytes.length);
        e.put("sha256", sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
