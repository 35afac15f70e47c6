package org.ogireport.ui;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Shows a folder in the desktop's file manager (after an export). Tests put in one that records the folder. */
@FunctionalInterface
interface FolderOpener {

    /**
     * Opens the folder.
     *
     * @return false when it could not be opened (no desktop): the caller names the folder instead
     */
    boolean open(Path folder);

    /** Through the desktop the application runs on, or nothing when there is none (no {@link HostServices}). */
    static FolderOpener of(HostServices host) {
        return folder -> {
            if (host == null) {
                return false;
            }
            try {
                host.showDocument(folder.toUri().toString());
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        };
    }
}
