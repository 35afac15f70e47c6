package org.ogireport.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;

/**
 * One running copy of the app per data folder: every command, the window and a restore hold this lock on
 * {@value #FILE} while they use the folder. It is an operating-system lock, so a killed process releases it; no
 * socket, no server. H2's own file lock stays as a second line while the database is open.
 */
final class StoreLock implements AutoCloseable {

    static final String FILE = ReportStore.DB_NAME + ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of a data folder.
     *
     * @throws UserException when another copy of the app (or another command) has the folder
     */
    static StoreLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDir, null);
            }
            return new StoreLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(dataDir, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StoreFailures.ioFailure(dataDir, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Whether a data folder can take the lock file: a read-only folder (a CD, a locked share) cannot. */
    static boolean canLock(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        return Files.isWritable(dataDir) || Files.isWritable(file);
    }

    private static UserException inUse(Path dataDir, Exception cause) {
        return new UserException(Messages.get("store.inUse", dataDir), cause);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock failure is what the user needs to know
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }
}
