package org.ogireport.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ogireport.exchange.ReportJson;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Scope;

/**
 * Reads a backup (the layout is described in {@link Backups}) into {@link RestoreRows}: the manifest first, then
 * each entry it lists, bounded in size and checked against its digest before it is parsed.
 */
final class BackupReader {

    static final int MAX_ENTRIES = 200_000;
    static final long MAX_MANIFEST_BYTES = 32L * 1024 * 1024;
    static final long MAX_DRAFT_BYTES = 16L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;

    private record Listed(long size, String sha256) {
    }

    private final ZipFile zip;
    private final Map<String, Listed> listed = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    private long total;

    private BackupReader(ZipFile zip) {
        this.zip = zip;
    }

    /** Whether a zip is a backup in this format. */
    static boolean isBackup(ZipFile zip) {
        return zip.getEntry(Backups.MANIFEST) != null;
    }

    /**
     * Reads every draft and revision into the rows.
     *
     * @return the settings file's content, when the backup has one
     */
    static Optional<byte[]> read(ZipFile zip, RestoreRows rows) throws BadBackupException, IOException, SQLException {
        return new BackupReader(zip).readAll(rows);
    }

    private Optional<byte[]> readAll(RestoreRows rows) throws BadBackupException, IOException, SQLException {
        JsonNode manifest = json(Backups.MANIFEST, entry(Backups.MANIFEST, MAX_MANIFEST_BYTES));
        if (!Backups.FORMAT.equals(manifest.path("format").asText())) {
            throw new BadBackupException(Messages.get("backup.bad.manifest"));
        }
        int version = manifest.path("version").asInt(0);
        if (version > Backups.VERSION) {
            throw new BadBackupException(Messages.get("backup.bad.newer", version, Backups.VERSION));
        }
        if (version < 1 || !manifest.path("entries").isArray()) {
            throw new BadBackupException(Messages.get("backup.bad.manifest"));
        }
        list(manifest.get("entries"));
        for (String name : listed.keySet()) {
            if (name.matches("drafts/\\d+\\.json")) {
                draft(name, rows);
            } else if (name.matches("units/\\d+\\.json")) {
                units(name, rows);
            }
        }
        return listed.containsKey(Backups.SETTINGS)
                ? Optional.of(checked(Backups.SETTINGS, BackupWriter.MAX_SETTINGS_BYTES)) : Optional.empty();
    }

    /** The manifest's entries; the zip must hold exactly these besides the manifest. */
    private void list(JsonNode entries) throws BadBackupException {
        if (entries.size() > MAX_ENTRIES) {
            throw new BadBackupException(Messages.get("backup.bad.tooMany", MAX_ENTRIES));
        }
        for (JsonNode e : entries) {
            String name = e.path("name").asText("");
            long size = e.path("size").asLong(-1);
            String sha = e.path("sha256").asText("");
            if (!name.matches(Backups.ENTRY_NAMES) || size < 0 || !sha.matches("[0-9a-f]{64}")
                    || listed.put(name, new Listed(size, sha)) != null) {
                throw new BadBackupException(Messages.get("backup.bad.manifest"));
            }
        }
        Set<String> inZip = new HashSet<>();
        int count = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            String name = en.nextElement().getName();
            if (++count > MAX_ENTRIES + 1 || !inZip.add(name)
                    || !name.equals(Backups.MANIFEST) && !listed.containsKey(name)) {
                throw new BadBackupException(Messages.get("backup.bad.unlisted", name));
            }
        }
    }

    private void draft(String name, RestoreRows rows) throws BadBackupException, IOException, SQLException {
        JsonNode d = json(name, checked(name, MAX_DRAFT_BYTES));
        JsonNode organ = d.path("organ");
        long draftId = rows.draft(organ.path("name").asText(null), organ.path("kind").asText(null),
                integer(d, "year", name), Scope.fromId(d.path("scope").asText(Scope.OWN.id())).orElse(null),
                integer(d, "errors", name), integer(d, "warnings", name), time(d.path("updatedAt"), name));
        JsonNode revisions = d.path("revisions");
        if (!revisions.isArray() || revisions.isEmpty()) {
            throw new BadBackupException(Messages.get("backup.bad.entry", name));
        }
        for (JsonNode r : revisions) {
            String content = content(name, r.path("file").asText(""), "/r");
            rows.revision(draftId, r.path("id").asLong(0), time(r.path("savedAt"), name), r.path("note").asText(null),
                    r.path("cause").asText(null), content);
        }
        rows.current(draftId, d.path("currentRevision").asLong(0));
    }

    /** A report an entry points at, beside the entry ({@code drafts/0001.json} → {@code drafts/0001/r12.json}). */
    private String content(String entry, String file, String prefix) throws BadBackupException, IOException {
        if (!file.startsWith(entry.substring(0, entry.length() - ".json".length()) + prefix)
                || !listed.containsKey(file) || read.contains(file)) {
            throw new BadBackupException(Messages.get("backup.bad.entry", entry));
        }
        return new String(checked(file, ReportJson.MAX_BYTES), StandardCharsets.UTF_8);
    }

    /** An aggregate's list of units, with what each sent and the reviews. */
    private void units(String name, RestoreRows rows) throws BadBackupException, IOException, SQLException {
        JsonNode l = json(name, checked(name, MAX_DRAFT_BYTES));
        JsonNode compiler = l.path("compiler");
        int year = integer(l, "year", name);
        int position = 0;
        for (JsonNode u : l.path("units")) {
            long unitId = rows.unit(compiler.path("name").asText(null), compiler.path("kind").asText(null), year,
                    ++position, u.path("name").asText(null), u.path("kind").asText(null),
                    u.path("relation").asText(null), u.path("contact").asText(""), u.path("phone").asText(""));
            for (JsonNode sub : u.path("submissions")) {
                long submissionId = rows.submission(unitId, time(sub.path("receivedAt"), name),
                        sub.path("fileName").asText(null), sub.path("sha256").asText(null),
                        integer(sub, "errors", name), integer(sub, "warnings", name),
                        content(name, sub.path("file").asText(""), "/s"));
                for (JsonNode v : sub.path("reviews")) {
                    rows.review(submissionId, v.path("verdict").asText(null), v.path("comment").asText(""),
                            time(v.path("at"), name));
                }
            }
        }
    }

    /** An entry the manifest lists, read once, within its bound, and matching its size and digest. */
    private byte[] checked(String name, long max) throws BadBackupException, IOException {
        Listed l = listed.get(name);
        byte[] bytes = entry(name, max);
        read.add(name);
        if (l == null || bytes.length != l.size() || !BackupWriter.sha256(bytes).equals(l.sha256())) {
            throw new BadBackupException(Messages.get("backup.bad.digest", name));
        }
        return bytes;
    }

    private byte[] entry(String name, long max) throws BadBackupException, IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new BadBackupException(Messages.get("backup.bad.missing", name));
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            total += bytes.length;
            if (bytes.length > max || total > MAX_TOTAL_BYTES) {
                throw new BadBackupException(Messages.get("backup.bad.tooLarge", name, max / (1024 * 1024)));
            }
            return bytes;
        }
    }

    private static JsonNode json(String name, byte[] bytes) throws BadBackupException {
        try {
            JsonNode node = Backups.JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new BadBackupException(Messages.get("backup.bad.entry", name));
            }
            return node;
        } catch (IOException e) {
            throw new BadBackupException(Messages.get("backup.bad.entry", name));
        }
    }

    private static int integer(JsonNode node, String field, String entry) throws BadBackupException {
        JsonNode v = node.path(field);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new BadBackupException(Messages.get("backup.bad.entry", entry));
        }
        return v.intValue();
    }

    private static OffsetDateTime time(JsonNode node, String entry) throws BadBackupException {
        try {
            return OffsetDateTime.parse(node.asText(""));
        } catch (DateTimeParseException e) {
            throw new BadBackupException(Messages.get("backup.bad.entry", entry));
        }
    }
}
