package org.ogireport.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import org.ogireport.i18n.Messages;

/**
 * Loads the views of the window: a view {@code XxxView} is laid out in {@code XxxView.fxml} beside it (the same
 * package, under resources), which names it as its controller and takes its texts from the message bundles.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    /** Loads the FXML of a view class and returns the view it created. */
    public static <T> T load(Class<T> viewClass) {
        FXMLLoader loader = new FXMLLoader(viewClass.getResource(viewClass.getSimpleName() + ".fxml"),
                Messages.bundle());
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return viewClass.cast(loader.getController());
    }

    /** The style sheet of the window and its dialogs (app.css). */
    public static String styleSheet() {
        return ViewLoader.class.getResource("app.css").toExternalForm();
    }
}
