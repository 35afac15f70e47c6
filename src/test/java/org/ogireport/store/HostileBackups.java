package org.ogireport.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Crafted backups for the restore tests. The payloads are the statements that ran code or reached files and the
 * network through the SQL restore of earlier versions (issue 10); grow the list with every new one found.
 */
final class HostileBackups {

    /** What a payload would do if it ran: create {@code marker}, or fetch from the test's local server. */
    record Payload(String name, String sql) {
    }

    private HostileBackups() {
    }

    /**
     * The payloads, writing to {@code marker} and calling {@code http://127.0.0.1:port}.
     */
    static List<Payload> payloads(Path marker, int port) {
        String m = marker.toString().replace("'", "''");
        String javaBody = "String e(String c) throws Exception { new java.io.File(c).createNewFile(); return c; }";
        String alias = "ALIAS E AS '" + javaBody + "'; CALL E('" + m + "');";
        String url = "http://127.0.0.1:" + port + "/x.sql";
        return List.of(
                new Payload("CREATE ALIAS", "CREATE " + alias),
                new Payload("comment between CREATE and ALIAS", "CREATE/* x */" + alias),
                new Payload("line comment between", "CREATE --x\n" + alias),
                new Payload("no-break space", "CREATE\u00A0" + alias),
                new Payload("ideographic space", "CREATE\u3000" + alias),
                new Payload("EXECUTE IMMEDIATE", "EXECUTE IMMEDIATE 'CREATE ALIAS E AS ''"
                        + javaBody.replace("'", "''''") + "'''; SELECT E('" + m + "');"),
                new Payload("EXECUTE IMMEDIATE with U& escapes", "EXECUTE IMMEDIATE U&'\\0043REATE ALIAS E AS ''"
                        + javaBody + "'''; SELECT E('" + m + "');"),
                new Payload("quoted identifier with a quote", "SELECT 1 AS \"X'\"; CREATE " + alias),
                new Payload("block comment with a quote", "/* ' */ CREATE " + alias),
                new Payload("dollar-quoted quote", "SELECT $$'$$; CREATE " + alias),
                new Payload("LINKED TABLE with INIT", "CREATE LINKED TABLE LT('org.h2.Driver', "
                        + "'jdbc:h2:mem:x;INIT=RUNSCRIPT FROM ''" + url + "''', 'sa', '', 'X');"),
                new Payload("RUNSCRIPT from the network", "EXECUTE IMMEDIATE 'RUNSCRIPT FROM ''" + url + "''';"),
                new Payload("RUNSCRIPT", "RUNSCRIPT FROM '" + url + "';"),
                new Payload("CSVWRITE", "CALL CSVWRITE('" + m + "', 'SELECT 1');"),
                new Payload("SCRIPT TO", "SCRIPT TO '" + m + "';"),
                new Payload("FILE_WRITE", "SELECT FILE_WRITE('00', '" + m + "');"),
                new Payload("LINK_SCHEMA", "CALL LINK_SCHEMA('X', '', 'jdbc:h2:mem:y;INIT=RUNSCRIPT FROM ''" + url
                        + "''', 'sa', '', 'PUBLIC');"),
                new Payload("persistent TRIGGER",
                        "CREATE TRIGGER T1 BEFORE INSERT ON \"PUBLIC\".\"REVISION\" FOR EACH ROW "
                        + "AS $$org.h2.api.Trigger create() { new java.io.File(\"" + m + "\").createNewFile(); "
                        + "return null; }$$;"),
                new Payload("SET INIT", "SET DATABASE_EVENT_LISTENER 'com.example.Evil';"),
                new Payload("FILE_READ as a value",
                        "INSERT INTO \"PUBLIC\".\"META\" VALUES ('leak', FILE_READ('/etc/hostname'));"),
                new Payload("a call as a value",
                        "INSERT INTO \"PUBLIC\".\"ORGAN\" VALUES (99, E('" + m + "'), 'other');"),
                new Payload("a subquery as a value",
                        "INSERT INTO \"PUBLIC\".\"ORGAN\" VALUES (98, (SELECT CSVWRITE('" + m
                                + "', 'SELECT 1')), 'x');"));
    }

    /** The script of the earlier version's backup in the test fixtures (three drafts, four revisions). */
    static String legacyScript() {
        try (InputStream in = HostileBackups.class.getResourceAsStream("/fixtures/legacy-backup-h2-2.4.240.zip")) {
            Path tmp = Files.createTempFile("legacy", ".zip");
            try {
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (ZipFile zip = new ZipFile(tmp.toFile());
                     InputStream script = zip.getInputStream(zip.getEntry("script.sql"))) {
                    return new String(script.readAllBytes(), StandardCharsets.UTF_8);
                }
            } finally {
                Files.delete(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path zip(Path file, String entry, String content) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(entry, content.getBytes(StandardCharsets.UTF_8));
        return zip(file, entries);
    }

    static Path zip(Path file, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a backup, to tamper with. */
    static Map<String, byte[]> entries(Path backup) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
