package org.ogireport.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * Offers the names already known (the organs stored) under a text field as the clerk types, so that one organ is not
 * stored under two spellings: Down goes into the list, Enter or a click takes a name, Esc closes it. The popup never
 * takes the focus, so typing goes on in the field. (ControlsFX's auto-completion needs a JavaFX package opened at
 * start, which the packaged app's class-data archive refuses: ADR 0009.)
 */
public final class NameSuggestions {

    static final int MAX_SHOWN = 8;

    private final TextField field;
    private final Supplier<List<String>> names;
    private final ListView<String> list = new ListView<>();
    private final Popup popup = new Popup();

    private NameSuggestions(TextField field, Supplier<List<String>> names) {
        this.field = field;
        this.names = names;
        list.getStyleClass().add("name-suggestions");
        list.setFocusTraversable(false);
        list.setPrefHeight(MAX_SHOWN * 26 + 4);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                take();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        field.textProperty().addListener((o, was, now) -> {
            if (field.isFocused()) {
                update(now);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Offers, under the field, the names of the supplier that contain what is typed. */
    public static NameSuggestions attach(TextField field, Supplier<List<String>> names) {
        return new NameSuggestions(field, names);
    }

    /** The names offered now (none when the list is closed). */
    public List<String> shown() {
        return popup.isShowing() ? List.copyOf(list.getItems()) : List.of();
    }

    private void update(String typed) {
        String t = typed == null ? "" : typed.strip();
        List<String> matches = t.isEmpty() ? List.of() : names.get().stream()
                .filter(n -> n.contains(t) && !n.equals(t)).limit(MAX_SHOWN).toList();
        list.getItems().setAll(matches);
        if (matches.isEmpty()) {
            popup.hide();
        } else if (!popup.isShowing() && field.getScene() != null) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            list.setPrefWidth(b.getWidth());
            list.setPrefHeight(Math.min(matches.size(), MAX_SHOWN) * 26 + 4);
            popup.show(field, b.getMinX(), b.getMaxY());
        }
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        var selection = list.getSelectionModel();
        switch (e.getCode()) {
            case DOWN -> selection.select(Math.min(selection.getSelectedIndex() + 1, list.getItems().size() - 1));
            case UP -> selection.select(Math.max(selection.getSelectedIndex() - 1, 0));
            case ENTER -> {
                if (selection.isEmpty()) {
                    return; // Enter without a choice is the form's (its default button)
                }
                take();
            }
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void take() {
        String name = list.getSelectionModel().getSelectedItem();
        if (name != null) {
            popup.hide();
            field.setText(name);
            field.positionCaret(name.length());
        }
    }
}
