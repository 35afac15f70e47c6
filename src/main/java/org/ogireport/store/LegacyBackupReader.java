package org.ogireport.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Scope;

/**
 * Reads the backups of earlier versions (an H2 SQL script, zipped) without running them: the script is only
 * tokenised, and the values of its INSERT statements into our four tables (and H2's LOB stream, which carries the
 * long contents) are taken as data into {@link RestoreRows}. Every other statement is skipped unread — whatever
 * it says, nothing is executed. Literals and the whole script are bounded.
 */
final class LegacyBackupReader {

    static final String SCRIPT = "script.sql";
    static final long MAX_SCRIPT_BYTES = 1024L * 1024 * 1024;
    /** A report's JSON is far below this; one literal beyond it is not ours. */
    static final int MAX_LITERAL_CHARS = 16 * 1024 * 1024;
    static final long MAX_LOB_CHARS = 256L * 1024 * 1024;

    private enum Kind { WORD, QUOTED, STRING, NUMBER, PUNCT, EOF }

    private record Token(Kind kind, String text) {
        boolean is(String word) {
            return (kind == Kind.WORD || kind == Kind.PUNCT) && text.equalsIgnoreCase(word);
        }
    }

    /** A reference to a long content in H2's LOB stream. */
    private record LobRef(int id) {
    }

    private record OldDraft(long newId, long currentRevision) {
    }

    private final Lexer lexer;
    private final RestoreRows rows;
    private String schemaVersion;
    private final Map<Long, String[]> organs = new HashMap<>();
    private final Map<Long, OldDraft> drafts = new LinkedHashMap<>();
    private final Map<Integer, StringBuilder> lobs = new HashMap<>();
    private long lobChars;

    private LegacyBackupReader(Reader in, RestoreRows rows) {
        this.lexer = new Lexer(in);
        this.rows = rows;
    }

    /** Whether a zip is a backup of an earlier version: one SQL script. */
    static boolean isLegacy(ZipFile zip) {
        Enumeration<? extends ZipEntry> en = zip.entries();
        return en.hasMoreElements() && en.nextElement().getName().equals(SCRIPT) && !en.hasMoreElements();
    }

    static void read(ZipFile zip, RestoreRows rows) throws BadBackupException, IOException, SQLException {
        try (InputStream in = new BoundedInputStream(zip.getInputStream(zip.getEntry(SCRIPT)), MAX_SCRIPT_BYTES)) {
            Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            new LegacyBackupReader(reader, rows).readAll();
        }
    }

    private void readAll() throws BadBackupException, IOException, SQLException {
        for (Token t = lexer.next(); t.kind() != Kind.EOF; t = lexer.next()) {
            if (t.is("INSERT")) {
                insert();
            } else if (!t.is(";")) {
                skipStatement();
            }
        }
        if (!"1".equals(schemaVersion)) {
            throw new BadBackupException(schemaVersion == null ? Messages.get("backup.bad.legacy")
                    : Messages.get("backup.bad.legacySchema", schemaVersion));
        }
        for (OldDraft d : drafts.values()) {
            rows.current(d.newId(), d.currentRevision());
        }
    }

    private void skipStatement() throws BadBackupException, IOException {
        for (Token t = lexer.next(); t.kind() != Kind.EOF && !t.is(";"); t = lexer.next()) {
            // not ours: never looked at, never run
        }
    }

    /** INSERT INTO table VALUES (…), (…); — the rows of our tables are taken, any other table's skipped. */
    private void insert() throws BadBackupException, IOException, SQLException {
        if (!lexer.next().is("INTO")) {
            skipStatement();
            return;
        }
        String table = tableName();
        if (table == null || !lexer.next().is("VALUES")) {
            skipStatement();
            return;
        }
        Token t;
        do {
            if (!lexer.next().is("(")) {
                throw bad();
            }
            row(table, values());
            t = lexer.next();
        } while (t.is(","));
        if (!t.is(";") && t.kind() != Kind.EOF) {
            throw bad();
        }
    }

    /** The table an INSERT names, upper case without its schema, or null when it is none of ours. */
    private String tableName() throws BadBackupException, IOException {
        Token first = lexer.next();
        String name = first.text();
        if (first.kind() == Kind.QUOTED && name.equals("PUBLIC")) {
            if (!lexer.next().is(".")) {
                return null;
            }
            Token second = lexer.next();
            return second.kind() == Kind.QUOTED ? second.text() : null;
        }
        return first.kind() == Kind.WORD && name.equalsIgnoreCase("SYSTEM_LOB_STREAM") ? "SYSTEM_LOB_STREAM" : null;
    }

    /** The values of one row, after its opening parenthesis, through its closing one. */
    private List<Object> values() throws BadBackupException, IOException {
        List<Object> out = new ArrayList<>();
        while (true) {
            Token t = lexer.next();
            out.add(value(t));
            Token sep = lexer.next();
            if (sep.is(")")) {
                return out;
            }
            if (!sep.is(",") || out.size() > 20) {
                throw bad();
            }
        }
    }

    private Object value(Token t) throws BadBackupException, IOException {
        switch (t.kind()) {
            case STRING:
                return t.text();
            case NUMBER:
                return t.text();
            case WORD:
                if (t.is("NULL")) {
                    return null;
                }
                if (t.is("TIMESTAMP") && lexer.next().is("WITH") && lexer.next().is("TIME")
                        && lexer.next().is("ZONE")) {
                    Token s = lexer.next();
                    if (s.kind() == Kind.STRING) {
                        return time(s.text());
                    }
                } else if (t.is("SYSTEM_COMBINE_CLOB") && lexer.next().is("(")) {
                    Token n = lexer.next();
                    if (n.kind() == Kind.NUMBER && lexer.next().is(")")) {
                        return new LobRef(intOf(n.text()));
                    }
                }
                throw bad();
            default:
                throw bad();
        }
    }

    private void row(String table, List<Object> v) throws BadBackupException, SQLException {
        switch (table) {
            case "META" -> {
                expect(v, 2);
                if ("schema_version".equals(v.get(0))) {
                    schemaVersion = string(v.get(1));
                }
            }
            case "ORGAN" -> {
                expect(v, 3);
                organs.put(longOf(v.get(0)), new String[] {string(v.get(1)), string(v.get(2))});
            }
            case "DRAFT" -> {
                expect(v, 9);
                String[] organ = organs.get(longOf(v.get(1)));
                if (organ == null || !(v.get(7) instanceof OffsetDateTime updatedAt)) {
                    throw bad();
                }
                long id = rows.draft(organ[0], organ[1], intOf(v.get(2)), Scope.OWN, intOf(v.get(5)), intOf(v.get(6)),
                        updatedAt);
                long current = v.get(8) == null ? 0 : longOf(v.get(8));
                if (drafts.put(longOf(v.get(0)), new OldDraft(id, current)) != null) {
                    throw bad();
                }
            }
            case "REVISION" -> {
                expect(v, 5);
                OldDraft draft = drafts.get(longOf(v.get(1)));
                if (draft == null || !(v.get(2) instanceof OffsetDateTime savedAt)) {
                    throw bad();
                }
                rows.revision(draft.newId(), longOf(v.get(0)), savedAt, string(v.get(3)), null,
                        content(v.get(4)));
            }
            case "SYSTEM_LOB_STREAM" -> {
                expect(v, 4);
                int id = intOf(v.get(0));
                String part = string(v.get(2));
                StringBuilder sb = lobs.computeIfAbsent(id, k -> new StringBuilder());
                lobChars += part.length();
                if (lobChars > MAX_LOB_CHARS || sb.length() + part.length() > MAX_LITERAL_CHARS) {
                    throw new BadBackupException(Messages.get("backup.bad.tooLarge", SCRIPT,
                            MAX_LITERAL_CHARS / (1024 * 1024)));
                }
                sb.append(part);
            }
            default -> {
                // another table's rows: not ours
            }
        }
    }

    private String content(Object value) throws BadBackupException {
        if (value instanceof LobRef ref) {
            StringBuilder sb = lobs.remove(ref.id());
            if (sb == null) {
                throw bad();
            }
            lobChars -= sb.length();
            return sb.toString();
        }
        return string(value);
    }

    private static void expect(List<Object> values, int count) throws BadBackupException {
        if (values.size() != count) {
            throw bad();
        }
    }

    private static String string(Object value) throws BadBackupException {
        if (value instanceof String s) {
            return s;
        }
        throw bad();
    }

    private static long longOf(Object value) throws BadBackupException {
        try {
            return Long.parseLong(string(value));
        } catch (NumberFormatException e) {
            throw bad();
        }
    }

    private static int intOf(Object value) throws BadBackupException {
        long v = longOf(value);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw bad();
        }
        return (int) v;
    }

    /** H2's '2024-12-01 05:54:38.083143+08' (offset as +HH or +HH:MM). */
    static OffsetDateTime time(String text) throws BadBackupException {
        String s = text.strip().replaceFirst(" ", "T");
        int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
        if (sign > 10) {
            String offset = s.substring(sign);
            if (offset.length() == 3) {
                s = s + ":00";
            }
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw bad();
        }
    }

    private static BadBackupException bad() {
        return new BadBackupException(Messages.get("backup.bad.legacy"));
    }

    /** Splits the script into tokens: words, quoted names, literals (with their escapes undone), numbers, marks. */
    private static final class Lexer {
        private final Reader in;
        private int peeked = -2;

        Lexer(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            return in.read();
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked;
        }

        Token next() throws BadBackupException, IOException {
            int c = read();
            while (true) {
                while (c != -1 && Character.isWhitespace(c)) {
                    c = read();
                }
                if (c == '-' && peek() == '-') {
                    while (c != -1 && c != '\n') {
                        c = read();
                    }
                } else if (c == '/' && peek() == '*') {
                    read();
                    int prev = 0;
                    c = read();
                    while (c != -1 && !(prev == '*' && c == '/')) {
                        prev = c;
                        c = read();
                    }
                    c = read();
                } else {
                    break;
                }
            }
            if (c == -1) {
                return new Token(Kind.EOF, "");
            }
            if (c == '\'') {
                return new Token(Kind.STRING, quoted('\''));
            }
            if (c == '"') {
                return new Token(Kind.QUOTED, quoted('"'));
            }
            if (c == '$' && peek() == '$') {
                read();
                return new Token(Kind.STRING, dollarQuoted());
            }
            if ((c == 'U' || c == 'u') && peek() == '&') {
                read();
                if (read() != '\'') {
                    throw bad();
                }
                return new Token(Kind.STRING, unescape(quoted('\'')));
            }
            if (Character.isDigit(c) || c == '-' && Character.isDigit(peek())) {
                StringBuilder sb = new StringBuilder().appendCodePoint(c);
                while (Character.isDigit(peek()) || peek() == '.') {
                    sb.appendCodePoint(read());
                    if (sb.length() > 40) {
                        throw bad();
                    }
                }
                return new Token(Kind.NUMBER, sb.toString());
            }
            if (Character.isLetter(c) || c == '_') {
                StringBuilder sb = new StringBuilder().appendCodePoint(c);
                while (Character.isLetterOrDigit(peek()) || peek() == '_') {
                    sb.appendCodePoint(read());
                    if (sb.length() > 200) {
                        throw bad();
                    }
                }
                return new Token(Kind.WORD, sb.toString().toUpperCase(Locale.ROOT));
            }
            return new Token(Kind.PUNCT, String.valueOf((char) c));
        }

        /** A literal or quoted name after its opening quote; the quote doubled stands for itself. */
        private String quoted(char quote) throws BadBackupException, IOException {
            StringBuilder sb = new StringBuilder();
            while (true) {
                int c = read();
                if (c == -1) {
                    throw bad();
                }
                if (c == quote) {
                    if (peek() != quote) {
                        return sb.toString();
                    }
                    read();
                }
                sb.append((char) c);
                if (sb.length() > MAX_LITERAL_CHARS) {
                    throw new BadBackupException(Messages.get("backup.bad.tooLarge", SCRIPT,
                            MAX_LITERAL_CHARS / (1024 * 1024)));
                }
            }
        }

        private String dollarQuoted() throws BadBackupException, IOException {
            StringBuilder sb = new StringBuilder();
            while (true) {
                int c = read();
                if (c == -1) {
                    throw bad();
                }
                if (c == '$' && peek() == '$') {
                    read();
                    return sb.toString();
                }
                sb.append((char) c);
                if (sb.length() > MAX_LITERAL_CHARS) {
                    throw bad();
                }
            }
        }

        /** Undoes the escapes of a U&'…' literal: \XXXX, \+XXXXXX and \\. */
        private static String unescape(String s) throws BadBackupException {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '\\') {
                    sb.append(c);
                } else if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                    sb.append('\\');
                    i++;
                } else {
                    boolean wide = i + 1 < s.length() && s.charAt(i + 1) == '+';
                    int start = wide ? i + 2 : i + 1;
                    int end = start + (wide ? 6 : 4);
                    if (end > s.length()) {
                        throw bad();
                    }
                    try {
                        sb.appendCodePoint(Integer.parseInt(s.substring(start, end), 16));
                    } catch (IllegalArgumentException e) {
                        throw bad();
                    }
                    i = end - 1;
                }
            }
            return sb.toString();
        }
    }

    /** Stops reading past a bound, so that a zip bomb is refused instead of read. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private final long max;
        private long count;

        BoundedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1 && ++count > max) {
                throw new IOException("backup script larger than " + max);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (count += n) > max) {
                throw new IOException("backup script larger than " + max);
            }
            return n;
        }
    }
}
