package org.ogireport;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.ogireport.app.DataLocation;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The entry point: no command opens the window (on the data folder of {@code --data-dir} when given), a command
 * runs the command line. It does not extend {@code Application}, so that JavaFX can be on the class path (a main
 * class that extends it fails there).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        useLogFolderOf(dataDirArgument(args));
        if (opensWindow(args)) {
            routeJavaLogging();
            org.ogireport.ui.GuiMain.launch(dataDirArgument(args));
        } else {
            System.exit(org.ogireport.cli.Cli.run(args));
        }
    }

    /**
     * Before any logger exists: logs go to the data folder's log folder ({@link LogConfigurator} reads
     * {@code ogi.logDir}), unless the property is set already.
     */
    static void useLogFolderOf(Path dataDirArgument) {
        if (System.getProperty("ogi.logDir") == null) {
            System.setProperty("ogi.logDir", DataLocation.logDir(DataLocation.resolve(dataDirArgument)).toString());
        }
    }

    /**
     * JavaFX logs through java.util.logging (CSS and binding warnings): into our log file, not the console. The
     * command line does not need it (none of its libraries logs that way) and saves the start of JUL.
     */
    static void routeJavaLogging() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** No command opens the window: no arguments, or only {@code --data-dir DIR}. */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || args.length == 2 && args[0].equals("--data-dir")
                || args.length == 1 && args[0].startsWith("--data-dir=");
    }

    /** The value of {@code --data-dir DIR} or {@code --data-dir=DIR} before the command, or null. */
    static Path dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return pathOrNull(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return pathOrNull(args[i].substring("--data-dir=".length()));
            }
            if (!args[i].startsWith("-")) {
                return null; // the command: options after it are the command's
            }
        }
        return null;
    }

    /** A path, or null when the text cannot be one (the command line then says so in its own words). */
    private static Path pathOrNull(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
