package org.ogireport.app;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A backup of the data folder as the window lists it.
 *
 * @param made        when it was made, in local time (from its name; else when the file was last written)
 * @param size        its size in bytes
 * @param kind        why it was made, as its name says
 * @param schemaAfter for a backup made before a migration, the data format it migrated to; else 0
 */
public record BackupInfo(Path file, LocalDateTime made, long size, Kind kind, int schemaAfter) {

    /** Why a backup was made. */
    public enum Kind {
        /** The store's daily backup. */
        DAILY,
        /** The clerk's own (立即备份, the command {@code backup}). */
        MANUAL,
        /** The data a restore replaced. */
        BEFORE_RESTORE,
        /** The data before the store was migrated to a newer format (an upgrade of the app). */
        BEFORE_MIGRATION,
        /** A file whose name does not say. */
        OTHER
    }
}
