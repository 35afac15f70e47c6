package org.ogireport.app;

/** Hears how far an export has got, e.g. to move a progress bar from a background task. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, step) -> {
    };

    /**
     * @param done how much is done, from 0 to 1
     * @param step what is being done, in words for the clerk
     */
    void update(double done, String step);
}
