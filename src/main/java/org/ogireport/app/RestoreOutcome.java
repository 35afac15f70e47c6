package org.ogireport.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore from a backup brought back.
 *
 * @param previousData the backup of the data the restore replaced, when there was any
 */
public record RestoreOutcome(int organs, int drafts, int revisions, Optional<Path> previousData) {
}
