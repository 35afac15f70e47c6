package org.ogireport.ui.server;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.ogireport.app.ServerLogin;
import org.ogireport.i18n.Messages;
import org.ogireport.model.ReportKey;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.WindowContext;

/**
 * 设置 → 报送服务器…: a dialog with the shared inbox's address and the unit's role, 测试连接, 保存 (kept in the data
 * folder's settings, never a password) and 不再使用. The dialog stays open while what is typed is not an address
 * or a role, saying why.
 */
public final class ServerSettingsCommand {

    private final WindowContext window;

    public ServerSettingsCommand(WindowContext window) {
        this.window = window;
    }

    /**
     * @param saved gets the server and role kept, on the FX thread (not called when the clerk cancels or no longer
     *              uses a server)
     */
    public void start(Consumer<ServerLogin> saved) {
        ServerSettingsViewModel model = new ServerSettingsViewModel(window.workspace(), window.server(),
                window.tasks());
        ServerSettingsView view = ViewLoader.load(ServerSettingsView.class);
        view.init(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.owner());
        dialog.setTitle(Messages.get("app.name"));
        dialog.setHeaderText(Messages.get("ui.server.title"));
        dialog.getDialogPane().setContent(view.root());
        ButtonType save = new ButtonType(Messages.get("ui.server.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType forget = new ButtonType(Messages.get("ui.server.forget"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(Messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, forget, cancel);
        Dialogs.style(dialog, window.owner());
        Node forgetButton = dialog.getDialogPane().lookupButton(forget);
        forgetButton.setDisable(!model.isSet());
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save(saved)) {
                e.consume();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        // Without a server, the open draft's cover no longer says what became of it there.
        forgetButton.addEventFilter(ActionEvent.ACTION, e -> model.forget(() -> window.openReport().ifPresent(
                open -> window.showSent(ReportKey.of(open), null))));
        dialog.setOnShown(e -> view.focusFirst());
        dialog.showAndWait();
    }
}
