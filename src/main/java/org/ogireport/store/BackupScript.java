package org.ogireport.store;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;

/**
 * Checks a backup before H2 runs it. A backup is an SQL script, and an H2 script can define Java functions
 * (CREATE ALIAS) or triggers that run code; a file from elsewhere must not be able to do that. The script is
 * scanned outside its string literals: only the statements H2's own SCRIPT command writes are let through.
 * The scan also bounds the size, so a zip bomb is refused instead of filling the disk.
 */
final class BackupScript {

    /** A backup of many years of many organs is a few megabytes; far beyond this is not a backup of ours. */
    static final long MAX_SCRIPT_BYTES = 2L * 1024 * 1024 * 1024;

    /** Statements that run code or reach outside the database. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(CREATE (FORCE )?(ALIAS|TRIGGER|LINKED TABLE|AGGREGATE)|RUNSCRIPT|LINK_SCHEMA|FILE_WRITE|CALL|"
                    + "JAVA_OBJECT|SET (INIT|DATABASE_EVENT_LISTENER|JAVA_OBJECT_SERIALIZER))\\b");
    /** The one kind of alias H2's SCRIPT writes itself, to rebuild large LOBs, with its target below. */
    private static final Pattern OWN_ALIAS = Pattern.compile(
            "CREATE ALIAS IF NOT EXISTS \"?SYSTEM_COMBINE_(CLOB|BLOB)\"? FOR ''");
    private static final String OWN_ALIAS_TARGET = "org.h2.command.dml.ScriptCommand.combine";

    private BackupScript() {
    }

    static void check(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserException(Messages.get("store.backupMissing", file));
        }
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null) {
                throw new UserException(Messages.get("store.notABackup", file));
            }
            scan(new BufferedReader(new InputStreamReader(new Bounded(zip), StandardCharsets.UTF_8)), file);
            if (zip.getNextEntry() != null) {
                throw new UserException(Messages.get("store.notABackup", file));
            }
        } catch (IOException e) {
            throw new UserException(Messages.get("store.notABackup", file), e);
        }
    }

    /** Walks the script statement by statement, looking at the code between string literals and comments. */
    private static void scan(BufferedReader r, Path file) throws IOException {
        StringBuilder code = new StringBuilder();
        String firstLiteral = null;
        int c;
        while ((c = r.read()) != -1) {
            if (c == '\'') {
                String literal = readLiteral(r);
                firstLiteral = firstLiteral == null ? literal : firstLiteral;
                code.append(" '' ");
            } else if (c == '-' && peek(r) == '-') {
                r.readLine();
                code.append(' ');
            } else if (c == ';') {
                checkStatement(code, firstLiteral, file);
                code.setLength(0);
                firstLiteral = null;
            } else {
                code.append((char) c);
                if (code.length() > 1_000_000) {
                    throw new UserException(Messages.get("store.notABackup", file));
                }
            }
        }
        checkStatement(code, firstLiteral, file);
    }

    private static void checkStatement(StringBuilder code, String firstLiteral, Path file) {
        String s = code.toString().replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
        if (!FORBIDDEN.matcher(s).find()) {
            return;
        }
        if (OWN_ALIAS.matcher(s).matches() && firstLiteral != null && firstLiteral.startsWith(OWN_ALIAS_TARGET)) {
            return;
        }
        throw new UserException(Messages.get("store.unsafeBackup", file));
    }

    private static int peek(BufferedReader r) throws IOException {
        r.mark(1);
        int next = r.read();
        r.reset();
        return next;
    }

    private static String readLiteral(BufferedReader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = r.read()) != -1) {
            if (c == '\'') {
                if (peek(r) == '\'') {
                    r.read();
                    sb.append('\'');
                    continue;
                }
                return sb.toString();
            }
            if (sb.length() < 200) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** Stops reading past {@link #MAX_SCRIPT_BYTES}. */
    private static final class Bounded extends FilterInputStream {
        private long count;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1 && ++count > MAX_SCRIPT_BYTES) {
                throw new IOException("backup script larger than " + MAX_SCRIPT_BYTES);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (count += n) > MAX_SCRIPT_BYTES) {
                throw new IOException("backup script larger than " + MAX_SCRIPT_BYTES);
            }
            return n;
        }
    }
}
