package org.ogireport.ui.server;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** 设置 → 报送服务器: the form of the dialog (address, role, 测试连接 and what it found). */
public final class ServerSettingsView {

    @FXML
    private VBox root;
    @FXML
    private TextField url;
    @FXML
    private TextField role;
    @FXML
    private Button testButton;
    @FXML
    private ProgressIndicator testing;
    @FXML
    private Label status;

    private ServerSettingsViewModel model;

    void init(ServerSettingsViewModel viewModel) {
        this.model = viewModel;
        url.textProperty().bindBidirectional(viewModel.urlProperty());
        role.textProperty().bindBidirectional(viewModel.roleProperty());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((o, was, failed) -> {
            status.getStyleClass().remove("form-error");
            if (failed) {
                status.getStyleClass().add("form-error");
            }
        });
        testing.visibleProperty().bind(viewModel.testingProperty());
        testButton.disableProperty().bind(viewModel.testingProperty());
    }

    VBox root() {
        return root;
    }

    /** The field to type in first: the address while there is none. */
    void focusFirst() {
        (url.getText().isBlank() ? url : role).requestFocus();
    }

    @FXML
    private void test() {
        model.test();
    }
}
