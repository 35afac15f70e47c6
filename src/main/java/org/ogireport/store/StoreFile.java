package org.ogireport.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database file of a data folder, checked before the engine may write to it. H2 opens a damaged file as best
 * it can: an empty or cut file becomes a new, empty database written over what could still have been recovered.
 * So an existing file is first read without writing (its blocks, then every row and each draft's current content
 * through the engine in read-only mode); a file that is not a complete store of ours is moved aside untouched and
 * the clerk is told, with the newest backup.
 */
final class StoreFile {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFile.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** MVStore's block size and the length of a chunk's footer (H2 2.4, file format 3). */
    private static final int BLOCK = 4096;
    private static final int FOOTER = 128;

    private StoreFile() {
    }

    /**
     * Checks the database file of a data folder that has one. A damaged file is moved aside (when the folder may
     * be written) and reported.
     *
     * @param latestSchema the newest schema version this app knows
     * @throws DamagedStoreException when the file is not a complete store
     * @throws UserException         when it is sound but cannot be used here (a newer app's, another engine's)
     */
    static void verify(Path dataDir, int latestSchema, OffsetDateTime now) {
        Path db = dataDir.resolve(ReportStore.DB_FILE);
        Optional<String> damage = blocksDamage(db).or(() -> contentDamage(dataDir, latestSchema));
        if (damage.isPresent()) {
            throw moveAside(dataDir, damage.get(), now);
        }
    }

    /**
     * What is wrong with the file's blocks, if anything: empty, no valid header, or cut before the chunk its header
     * names as the newest (H2 would quietly go back to an older state and write over the rest).
     */
    static Optional<String> blocksDamage(Path db) {
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return Optional.of(Messages.get("store.damage.empty"));
            }
            Map<String, String> header = newestHeader(ch);
            if (header == null) {
                return Optional.of(Messages.get("store.damage.notStore"));
            }
            long block = DataUtils.readHexLong(header, "block", -1);
            String chunk = header.get("chunk");
            if (block < 2 || chunk == null) {
                return Optional.empty(); // a store that never wrote a chunk: the engine's check below decides
            }
            Map<String, String> chunkHeader = readMap(ch, block * BLOCK, FOOTER * 2);
            long blocks = chunkHeader == null ? -1 : DataUtils.readHexLong(chunkHeader, "len", -1);
            if (blocks < 1 || !chunk.equals(chunkHeader.get("chunk"))) {
                return Optional.of(Messages.get("store.damage.cut"));
            }
            long end = (block + blocks) * BLOCK;
            Map<String, String> footer = end > size ? null : readMap(ch, end - FOOTER, FOOTER);
            if (footer == null || !chunk.equals(footer.get("chunk")) || !checksumHolds(footer)) {
                return Optional.of(Messages.get("store.damage.cut"));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the blocks of {}", db, e);
            return Optional.of(Messages.get("store.damage.unreadable"));
        }
    }

    /** The valid store header (of the two copies at the start of the file) with the newest version, or null. */
    private static Map<String, String> newestHeader(FileChannel ch) throws IOException {
        Map<String, String> best = null;
        for (int i = 0; i < 2; i++) {
            Map<String, String> h = readMap(ch, (long) i * BLOCK, BLOCK);
            if (h == null || !"2".equals(h.get("H")) || !checksumHolds(h)) {
                continue;
            }
            if (best == null || DataUtils.readHexLong(h, "version", 0) > DataUtils.readHexLong(best, "version", 0)) {
                best = h;
            }
        }
        return best;
    }

    /** The "key:value,…" line at a position, with its text for the checksum, or null when there is none. */
    private static Map<String, String> readMap(FileChannel ch, long position, int length) throws IOException {
        if (position < 0 || position + length > ch.size()) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining() && ch.read(buf, position + buf.position()) > 0) {
            // read the whole block
        }
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
        int newline = text.indexOf('\n');
        text = (newline < 0 ? text : text.substring(0, newline)).strip();
        if (!text.contains(":")) {
            return null;
        }
        try {
            Map<String, String> map = DataUtils.parseMap(text);
            map.put("\0text", text);
            return map;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** H2's Fletcher-32 over the line up to ",fletcher:". */
    private static boolean checksumHolds(Map<String, String> map) {
        String text = map.get("\0text");
        int at = text.lastIndexOf(",fletcher:");
        if (at < 0) {
            return false;
        }
        byte[] bytes = text.substring(0, at).getBytes(StandardCharsets.ISO_8859_1);
        try {
            return Integer.parseUnsignedInt(map.get("fletcher"), 16) == DataUtils.getFletcher32(bytes, 0, bytes.length);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads the store through the engine without writing: our tables and schema version, every row, and the content
     * of each draft's current revision.
     */
    private static Optional<String> contentDamage(Path dataDir, int latestSchema) {
        String url = ReportStore.url(dataDir) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            int schema = Integer.parseInt(Schema.meta(c, "schema_version").orElse("0"));
            if (schema < 1) {
                return Optional.of(Messages.get("store.damage.notStore"));
            }
            if (schema > latestSchema) {
                throw new UserException(Messages.get("store.newer", dataDir, schema, latestSchema));
            }
            Jdbc.each(c, "SELECT id, name, kind FROM organ", rs -> rs.getString(2));
            Jdbc.each(c, "SELECT id, saved_at, note, draft_id FROM revision", rs -> rs.getString(3));
            List<Boolean> reports = Jdbc.list(c, """
                    SELECT r.content FROM draft d LEFT JOIN revision r ON r.id = d.revision_id""",
                    rs -> isReport(rs.getString(1)));
            if (reports.contains(false)) {
                return Optional.of(Messages.get("store.damage.rows"));
            }
            return Optional.empty();
        } catch (SQLException e) {
            return switch (e.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1 -> throw new UserException(
                        Messages.get("store.inUse", dataDir), e);
                case ErrorCode.FILE_VERSION_ERROR_1 -> throw new UserException(
                        Messages.get("store.engineVersion", dataDir), e);
                default -> {
                    if (StoreFailures.isDenied(e)) {
                        throw new UserException(Messages.get("store.cannotRead", dataDir), e);
                    }
                    LOG.warn("the store in {} cannot be read", dataDir, e);
                    yield Optional.of(e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                            || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                            || e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY
                            ? Messages.get("store.damage.notStore") : Messages.get("store.damage.unreadable"));
                }
            };
        } catch (NumberFormatException e) {
            return Optional.of(Messages.get("store.damage.notStore"));
        }
    }

    /**
     * Whether a stored content has the shape of the exchange JSON this store writes. Reading it is what checks its
     * pages; parsing every draft at each start would cost more than the start-up allows (a store of 500 drafts:
     * 0.4 s), and a revision that does not parse is refused clearly when it is loaded.
     */
    private static boolean isReport(String content) {
        return content != null && content.startsWith("{") && content.stripTrailing().endsWith("}")
                && content.contains("\"schema\"");
    }

    /** Moves a damaged file aside untouched (a read-only folder leaves it in place) and says so. */
    private static DamagedStoreException moveAside(Path dataDir, String damage, OffsetDateTime now) {
        Path db = dataDir.resolve(ReportStore.DB_FILE);
        Path aside = dataDir.resolve(ReportStore.DB_FILE + ".damaged-" + STAMP.format(now));
        for (int i = 2; Files.exists(aside); i++) {
            aside = dataDir.resolve(ReportStore.DB_FILE + ".damaged-" + STAMP.format(now) + "-" + i);
        }
        Optional<Path> newest = Backups.list(dataDir.resolve(ReportStore.BACKUP_DIR)).stream().findFirst();
        try {
            Files.move(db, aside);
            LOG.error("damaged store {} ({}) moved to {}", db, damage, aside);
            return new DamagedStoreException(dataDir, damage, aside, true, newest);
        } catch (IOException e) {
            LOG.error("damaged store {} ({}) cannot be moved aside", db, damage, e);
            return new DamagedStoreException(dataDir, damage, db, false, newest);
        }
    }
}
