package org.ogireport.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.HostServices;

/** Shows a folder in the desktop's file manager (after an export). Tests put in one that records the folder. */
@FunctionalInterface
public interface FolderOpener {

    /**
     * Opens the folder.
     *
     * @return false when it could not be opened (no desktop): the caller names the folder instead
     */
    boolean open(Path folder);

    /** Through the desktop the application runs on, or nothing when there is none (no {@link HostServices}). */
    static FolderOpener of(HostServices host) {
        return folder -> {
            try {
                if (host == null || !hasOpener()) {
                    return false;
                }
                host.showDocument(folder.toUri().toString());
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    /**
     * Whether the desktop can open a folder: on Linux JavaFX hands it to xdg-open, and without it fails silently
     * (a bare X server, a server without a desktop).
     */
    private static boolean hasOpener() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "xdg-open")));
    }
}
