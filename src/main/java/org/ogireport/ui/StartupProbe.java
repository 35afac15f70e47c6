package org.ogireport.ui;

import javafx.application.Platform;

/**
 * Hooks for measuring and training start-up, off unless asked for: with {@code OGI_STARTUP_PROBE=1} the app prints
 * one line when the main window is shown (packaging/bench-startup.sh times launch → that line); with
 * {@code OGI_EXIT_AFTER_START=1} it quits once the window is shown and the data is open (the packaging build
 * runs it so to record the class-data-sharing archive of a real start).
 */
final class StartupProbe {

    static final String SHOWN = "ogi-report: window shown";

    private StartupProbe() {
    }

    static void windowShown() {
        if (flag("OGI_STARTUP_PROBE")) {
            System.out.println(SHOWN);
            System.out.flush();
        }
    }

    static void dataOpened() {
        if (flag("OGI_EXIT_AFTER_START")) {
            Platform.exit();
        }
    }

    private static boolean flag(String name) {
        return "1".equals(System.getenv(name));
    }
}
