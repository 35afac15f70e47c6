package org.ogireport.ui.files;

import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** 打印: the pages as they will print, one under the other, and 打印… to the system's print dialog. */
public final class PrintPreviewView {

    @FXML
    private Region root;
    @FXML
    private Label heading;
    @FXML
    private Label hint;
    @FXML
    private Label message;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox pages;
    @FXML
    private Button printButton;

    private Runnable print;
    private Runnable back;

    /**
     * @param shown the pages (nodes in points, shown at 100 %)
     * @param print opens the system's print dialog
     * @param back  returns to the draft
     */
    void init(String title, String about, List<Pane> shown, Runnable print, Runnable back) {
        this.print = print;
        this.back = back;
        heading.setText(title);
        hint.setText(about);
        say(null);
        for (Pane page : shown) {
            StackPane sheet = new StackPane(new Group(page));
            sheet.getStyleClass().add("print-sheet");
            sheet.setAlignment(Pos.CENTER);
            pages.getChildren().add(sheet);
        }
        pages.setAlignment(Pos.TOP_CENTER);
    }

    /** Says what became of the print; null says nothing. */
    void say(String text) {
        message.setText(text);
        message.setVisible(text != null);
        message.setManaged(text != null);
    }

    Region root() {
        return root;
    }

    void focusFirst() {
        printButton.requestFocus();
    }

    @FXML
    private void print() {
        print.run();
    }

    @FXML
    private void back() {
        back.run();
    }
}
