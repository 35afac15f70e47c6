package org.ogireport.ui;

import javafx.application.Application;

/** Starts the window. */
public final class GuiMain {

    private GuiMain() {
    }

    public static void launch(String[] args) {
        Application.launch(OgiApp.class, args);
    }
}
