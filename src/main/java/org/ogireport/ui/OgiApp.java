package org.ogireport.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.ogireport.app.DataLocation;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: the main window over the data folder. */
public final class OgiApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(OgiApp.class);

    private Workspace workspace;

    @Override
    public void start(Stage stage) {
        MainWindowController controller = show(stage);
        // The store is opened off the FX thread: the window appears at once.
        Task<Workspace> open = new Task<>() {
            @Override
            protected Workspace call() {
                return Workspace.open(DataLocation.resolve(null));
            }
        };
        open.setOnSucceeded(e -> {
            workspace = open.getValue();
            controller.setWorkspace(workspace);
            StartupProbe.dataOpened();
        });
        open.setOnFailed(e -> {
            Throwable t = open.getException();
            LOG.error("cannot open the data folder", t);
            String message = t instanceof UserException ? t.getMessage() : Messages.get("ui.openFailed", t);
            Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
            alert.setHeaderText(Messages.get("ui.openFailedTitle"));
            alert.initOwner(stage);
            alert.showAndWait();
            Platform.exit();
        });
        Thread t = new Thread(open, "open-store");
        t.setDaemon(true);
        t.start();
    }

    /** Loads the main window into a stage and shows it. */
    static MainWindowController show(Stage stage) {
        FXMLLoader loader = new FXMLLoader(OgiApp.class.getResource("MainWindow.fxml"), Messages.bundle());
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scene scene = new Scene(root, 1200, 680);
        scene.getStylesheets().add(OgiApp.class.getResource("app.css").toExternalForm());
        stage.setTitle(Messages.get("app.name"));
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setScene(scene);
        stage.show();
        StartupProbe.windowShown();
        return loader.getController();
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
