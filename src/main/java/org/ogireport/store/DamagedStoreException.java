package org.ogireport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;

/**
 * The data folder's database file is damaged: it was left as it is (moved aside where the folder may be written)
 * so that nothing in it is lost, and the clerk can restore the newest backup or start anew.
 */
public final class DamagedStoreException extends UserException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient Path keptAt;
    private final boolean movedAside;
    private final transient Path newestBackup;

    DamagedStoreException(Path dataDir, String damage, Path keptAt, boolean movedAside, Optional<Path> newestBackup) {
        super(message(dataDir, damage, keptAt, movedAside, newestBackup));
        this.keptAt = keptAt;
        this.movedAside = movedAside;
        this.newestBackup = newestBackup.orElse(null);
    }

    private static String message(Path dataDir, String damage, Path keptAt, boolean movedAside,
                                  Optional<Path> newestBackup) {
        Path db = dataDir.resolve(ReportStore.DB_FILE);
        String first = movedAside ? Messages.get("store.damaged.moved", db, damage, keptAt)
                : Messages.get("store.damaged.kept", db, damage);
        String second = newestBackup.map(b -> Messages.get("store.damaged.newestBackup", b, savedAt(b)))
                .orElseGet(() -> Messages.get("store.damaged.noBackup", dataDir.resolve(ReportStore.BACKUP_DIR)));
        return first + "\n" + second;
    }

    private static String savedAt(Path backup) {
        try {
            return TIME.format(Files.getLastModifiedTime(backup).toInstant().atZone(ZoneId.systemDefault()));
        } catch (IOException e) {
            return "?";
        }
    }

    /** Where the damaged file is now. */
    public Path keptAt() {
        return keptAt;
    }

    /** Whether the file was moved aside, so that the folder can be used again (restored or begun anew). */
    public boolean movedAside() {
        return movedAside;
    }

    /** The newest backup of the data folder, to restore. */
    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
