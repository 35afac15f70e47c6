package org.ogireport.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failure of the database or of the data folder means to the clerk: a full disk, a folder that may not be
 * written, or (the engine's own words, logged) a failure to report. The engine's text never reaches the clerk
 * alone.
 */
final class StoreFailures {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFailures.class);

    private StoreFailures() {
    }

    /** A failure of a statement on the store of a data folder. */
    static UserException of(Path dataDir, SQLException e) {
        LOG.error("store failure in {}", dataDir, e);
        if (isDiskFull(e)) {
            return new UserException(Messages.get("store.diskFull", dataDir), e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY || isDenied(e)) {
            return new UserException(Messages.get("store.readOnly", dataDir), e);
        }
        return new UserException(Messages.get("store.failure", dataDir, e.getMessage()), e);
    }

    /** A failure to read or write a file of the data folder (the lock, a backup, the settings). */
    static UserException ioFailure(Path dataDir, IOException e) {
        LOG.error("file failure in {}", dataDir, e);
        if (isDiskFull(e)) {
            return new UserException(Messages.get("store.diskFull", dataDir), e);
        }
        if (isDenied(e)) {
            return new UserException(Messages.get("store.readOnly", dataDir), e);
        }
        return new UserException(Messages.get("store.ioFailure", dataDir, e.getMessage()), e);
    }

    /** Why a file operation failed, in the clerk's words where the cause is a common one. */
    static String reason(Throwable e) {
        if (isDiskFull(e)) {
            return Messages.get("store.reason.diskFull");
        }
        if (isDenied(e)) {
            return Messages.get("store.reason.denied");
        }
        return String.valueOf(e.getMessage());
    }

    /** Whether a failure, or one of its causes, is a full disk (the operating system's words say so). */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failure, or one of its causes, is a file or folder that may not be written. */
    static boolean isDenied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
            String m = t instanceof FileSystemException f ? String.valueOf(f.getReason())
                    : String.valueOf(t.getMessage());
            if (m.contains("Read-only file system") || m.contains("Permission denied")
                    || m.contains("Access is denied")) {
                return true;
            }
        }
        return false;
    }
}
