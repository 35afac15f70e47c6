package org.ogireport.app;

import java.nio.file.Path;

/** Hears how collecting goes, file by file (from the thread that collects). */
@FunctionalInterface
public interface CollectProgress {

    CollectProgress NONE = (done, total, file) -> { };

    /**
     * Called as soon as what becomes of a file is settled: refused or unsure when it is read, stored (or in
     * conflict) when the batch's files are stored, cancelled at the end; so in that order, not the batch's.
     *
     * @param done  files settled so far, this one included
     * @param total files in the batch
     */
    void fileDone(int done, int total, CollectedFile file);

    /**
     * Called as each file has been read, in the batch's order (reading is most of a batch's time; a file read is
     * settled later, when it is stored).
     *
     * @param read files read so far, this one included
     */
    default void fileRead(int read, int total, Path file) {
    }
}
