package org.ogireport.app;

import java.nio.file.Path;
import java.util.Optional;
import org.ogireport.store.DamagedStoreException;
import org.ogireport.util.UserException;

/**
 * The data folder's database file is damaged: it was kept as it is (moved aside where possible), and the window
 * or the command line offers the newest backup.
 */
public final class DataFolderDamaged extends UserException {

    private static final long serialVersionUID = 1L;

    private final transient Path keptAt;
    private final boolean movedAside;
    private final transient Path newestBackup;

    DataFolderDamaged(DamagedStoreException e) {
        super(e.getMessage(), e);
        this.keptAt = e.keptAt();
        this.movedAside = e.movedAside();
        this.newestBackup = e.newestBackup().orElse(null);
    }

    /** Where the damaged file is now. */
    public Path keptAt() {
        return keptAt;
    }

    /** Whether the file was moved aside, so that the folder can be restored or begun anew. */
    public boolean movedAside() {
        return movedAside;
    }

    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
