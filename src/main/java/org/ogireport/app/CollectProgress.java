package org.ogireport.app;

/** Hears how collecting goes, file by file (from the thread that collects). */
@FunctionalInterface
public interface CollectProgress {

    CollectProgress NONE = (done, total, file) -> { };

    /**
     * @param done  files finished so far, this one included
     * @param total files in the batch
     */
    void fileDone(int done, int total, CollectedFile file);
}
