package org.ogireport.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its data: {@code --data-dir}, else {@code OGI_REPORT_HOME}, else the per-user data folder
 * of the platform (Windows {@code %APPDATA%\ogi-report}; Linux {@code $XDG_DATA_HOME/ogi-report} or
 * {@code ~/.local/share/ogi-report}).
 */
public final class DataLocation {

    public static final String ENV = "OGI_REPORT_HOME";
    public static final String APP_DIR = "ogi-report";

    private DataLocation() {
    }

    /** The data folder, given the command line's {@code --data-dir} (or null). */
    public static Path resolve(Path commandLineDir) {
        return resolve(commandLineDir, System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    static Path resolve(Path commandLineDir, Map<String, String> env, String osName, String userHome) {
        if (commandLineDir != null) {
            return commandLineDir.toAbsolutePath().normalize();
        }
        String home = env.get(ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        if (osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming")).resolve(APP_DIR);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(APP_DIR);
        }
        return Path.of(userHome, ".local", "share", APP_DIR);
    }

    /**
     * The log folder: {@code logs} inside the data folder, or, where that cannot be written (a read-only folder),
     * one in the temporary folder, so that the reading commands still work and still log.
     */
    public static Path logDir(Path dataDir) {
        Path logs = dataDir.resolve("logs");
        try {
            Files.createDirectories(logs);
            if (Files.isWritable(logs)) {
                return logs;
            }
        } catch (IOException | SecurityException e) {
            // not writable: below
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "ogi-report-logs");
    }
}
