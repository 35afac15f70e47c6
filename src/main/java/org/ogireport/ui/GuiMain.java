package org.ogireport.ui;

import java.nio.file.Path;
import javafx.application.Application;
import org.ogireport.app.DataLocation;

/** Starts the window. */
public final class GuiMain {

    private static volatile Path dataDir;

    private GuiMain() {
    }

    /**
     * Opens the window on a data folder.
     *
     * @param commandLineDir the folder of {@code --data-dir}, or null for the usual one ({@link DataLocation})
     */
    public static void launch(Path commandLineDir) {
        dataDir = DataLocation.resolve(commandLineDir);
        Application.launch(OgiApp.class);
    }

    static Path dataDir() {
        return dataDir != null ? dataDir : DataLocation.resolve(null);
    }
}
