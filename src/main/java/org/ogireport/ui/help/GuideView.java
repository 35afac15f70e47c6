package org.ogireport.ui.help;

import java.util.List;
import java.util.stream.Stream;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ogireport.format.FormatCatalog;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.KeysHelp;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.help.GuideContent.Entry;

/**
 * 填报说明 (F1): for each part of the report what goes there, the official wording, an example and what each check
 * checks; the keys. A window of its own beside the report, so that the clerk reads while he types; offline, and
 * searchable as he types in its search field. Opened at the part he is filling.
 */
public final class GuideView {

    /** The chapter of the checks (the 检查 page opens the guide there). */
    public static final String RULES = GuideContent.RULES;

    @FXML
    private BorderPane root;
    @FXML
    private TextField search;
    @FXML
    private Label found;
    @FXML
    private ListView<Entry> chapters;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox body;

    private Stage stage;
    private List<Entry> entries = List.of();

    @FXML
    private void initialize() {
        chapters.setCellFactory(list -> {
            ListCell<Entry> cell = new ListCell<>() {
                @Override
                protected void updateItem(Entry e, boolean empty) {
                    super.updateItem(e, empty);
                    setText(empty || e == null ? null : e.chapter());
                }
            };
            // As wide as the list and wrapped: a long heading never makes the list scroll sideways.
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        chapters.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && search.getText().isBlank()) {
                show(entries.stream().filter(e -> e.chapterKey().equals(now.chapterKey())).toList(), false);
            }
        });
        search.textProperty().addListener((o, was, now) -> searched(now));
    }

    /**
     * Shows the guide in its own window beside the owner (made the first time, then brought to the front).
     *
     * @param catalog    the format of the report open, or the newest
     * @param chapterKey the chapter to open at: a section key ({@code s0} the cover), {@code rules}, or null
     */
    public void show(Window owner, FormatCatalog catalog, List<KeysHelp.Group> keys, String chapterKey) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(Messages.get("guide.title") + " — " + Messages.get("app.name"));
            Scene scene = new Scene(root, 880, 640);
            scene.getStylesheets().add(ViewLoader.styleSheet());
            stage.setScene(scene);
        }
        entries = GuideContent.of(catalog, keys);
        chapters.getItems().setAll(GuideContent.chapters(entries));
        search.clear();
        goTo(chapterKey);
        stage.show();
        stage.toFront();
        search.requestFocus();
    }

    /** Shows a chapter (the first when there is none by that key). */
    void goTo(String chapterKey) {
        Entry chapter = chapters.getItems().stream().filter(c -> c.chapterKey().equals(chapterKey)).findFirst()
                .orElse(chapters.getItems().isEmpty() ? null : chapters.getItems().get(0));
        chapters.getSelectionModel().select(chapter);
        if (chapter != null) {
            chapters.scrollTo(chapter);
        }
    }

    private void searched(String query) {
        if (query == null || query.isBlank()) {
            found.setText("");
            Entry chapter = chapters.getSelectionModel().getSelectedItem();
            goTo(chapter == null ? null : chapter.chapterKey());
            if (chapter != null) {
                show(entries.stream().filter(e -> e.chapterKey().equals(chapter.chapterKey())).toList(), false);
            }
            return;
        }
        List<Entry> hits = GuideContent.matching(entries, query);
        found.setText(hits.isEmpty() ? Messages.get("guide.none", query.strip())
                : Messages.get("guide.found", hits.size()));
        show(hits, true);
    }

    /** Lays out blocks; with their chapters' headings when they come from several (a search). */
    private void show(List<Entry> shown, boolean withChapters) {
        body.getChildren().clear();
        String chapter = null;
        for (Entry e : shown) {
            if (chapter == null || withChapters && !e.chapterKey().equals(chapter)) {
                chapter = e.chapterKey();
                body.getChildren().add(label(e.chapter(), "guide-chapter"));
            }
            body.getChildren().add(new VBox(4, label(e.heading(), "guide-heading"), label(e.text(), "guide-text")));
        }
        scroll.setVvalue(0);
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    /** The blocks shown now (for the tests). */
    List<String> shownTexts() {
        return body.getChildren().stream().flatMap(n -> n instanceof VBox v ? v.getChildren().stream() : Stream.of(n))
                .map(n -> ((Label) n).getText()).toList();
    }

    @FXML
    private void close() {
        stage.hide();
    }
}
