package org.ogireport.ui.summary;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ogireport.app.Compilation;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.ui.FileDialogs.FileType;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.OrganKinds;
import org.ogireport.ui.OrganYearInput;
import org.ogireport.ui.WindowContext;

/**
 * The unit list of a 汇总: a unit added by hand, a list pasted from Excel or WPS (two columns or more: name, kind or
 * relation, contact, telephone), a list file (.xlsx, .csv), or last year's list copied. A unit already listed (by
 * any spelling of its name) is never added twice. What each unit is, when nothing says so, is guessed from its name
 * by the use case ({@link Compilation#unitsOf}), which reads no store and so runs as the clerk types.
 */
final class UnitListActions {

    private final WindowContext window;
    private final BoardViewModel board;
    private final MessageBar messages;

    UnitListActions(WindowContext window, BoardViewModel board, MessageBar messages) {
        this.window = window;
        this.board = board;
        this.messages = messages;
    }

    /** 添加单位…: name, relation, kind (guessed from the name as it is typed), contact and telephone. */
    void add() {
        TextField name = new TextField();
        name.setId("unit-name");
        name.setPrefColumnCount(24);
        ComboBox<UnitRelation> relation = new ComboBox<>();
        relation.setId("unit-relation");
        relation.getItems().setAll(Arrays.asList(UnitRelation.values()));
        relation.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitRelation r) {
                return r == null ? "" : r.label();
            }

            @Override
            public UnitRelation fromString(String label) {
                return Arrays.stream(UnitRelation.values()).filter(r -> r.label().equals(label)).findFirst()
                        .orElse(null);
            }
        });
        ComboBox<OrganKind> kind = new ComboBox<>();
        kind.setId("unit-kind");
        OrganKinds.setUp(kind);
        TextField contact = new TextField();
        TextField phone = new TextField();
        name.textProperty().addListener((o, was, now) -> guess(now).ifPresent(u -> {
            relation.setValue(u.relation());
            kind.setValue(u.kind());
        }));
        GridPane form = FormDialog.form();
        FormDialog.addRow(form, "ui.summary.unit.name", name);
        FormDialog.addRow(form, "ui.summary.unit.relation", relation);
        FormDialog.addRow(form, "ui.summary.unit.kind", kind);
        FormDialog.addRow(form, "ui.summary.unit.contact", contact);
        FormDialog.addRow(form, "ui.summary.unit.phone", phone);
        Label error = FormDialog.errorLabel();
        FormDialog.ask(window.owner(), Messages.get("ui.summary.addUnitTitle", government(), year()),
                new VBox(12, form, error), Messages.get("ui.summary.unit.add"), error,
                () -> OrganYearInput.organProblem(name.getText())
                        .or(() -> relation.getValue() == null || kind.getValue() == null
                                ? Optional.of(Messages.get("ui.summary.unit.noRelation")) : Optional.empty()),
                name).ifPresent(ok -> {
                    Unit unit = new Unit(0, name.getText().strip(), kind.getValue(), relation.getValue(),
                            contact.getText(), phone.getText());
                    board.change(Messages.get("ui.summary.action.units"), () -> board.compilation().addUnit(unit),
                            added -> messages.info(Messages.get("ui.summary.unitAdded", added.name(),
                                    added.relation().label())), messages::error);
                });
    }

    private String government() {
        return board.compilation().compiler().name();
    }

    private int year() {
        return board.compilation().year();
    }

    private Optional<Unit> guess(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return board.compilation().unitsOf(List.of(List.of(name.strip()))).stream().findFirst();
    }

    /** 粘贴名单…: the clerk pastes two columns or more; what is read is said as it is typed. */
    void paste() {
        Label prompt = FormDialog.note(Messages.get("ui.summary.paste.prompt"), null);
        TextArea text = new TextArea();
        text.setId("paste-units");
        text.setPrefRowCount(12);
        text.setPrefWidth(FormDialog.CONTENT_WIDTH);
        prompt.setLabelFor(text);
        Label read = FormDialog.note(Messages.get("ui.summary.paste.none"), "section-hint");
        read.setId("paste-read");
        text.textProperty().addListener((o, was, now) -> read.setText(describe(pasted(now))));
        Label error = FormDialog.errorLabel();
        FormDialog.ask(window.owner(), Messages.get("ui.summary.pasteTitle", government(), year()),
                new VBox(8, prompt, text, read, error), Messages.get("ui.summary.paste.add"), error,
                () -> pasted(text.getText()).isEmpty()
                        ? Optional.of(Messages.get("ui.summary.paste.nothing")) : Optional.empty(), text)
                .ifPresent(ok -> {
                    String typed = text.getText();
                    store(() -> pasted(typed), Messages.get("ui.summary.paste.source"));
                });
    }

    private List<Unit> pasted(String text) {
        return text == null || text.isBlank() ? List.of()
                : board.compilation().unitsOf(Compilation.rowsPasted(text));
    }

    /** 读到 3 个单位：A（部门）、B（乡镇/街道）…. */
    private static String describe(List<Unit> units) {
        if (units.isEmpty()) {
            return Messages.get("ui.summary.paste.none");
        }
        List<String> names = units.stream().limit(8)
                .map(u -> Messages.get("ui.summary.aggregate.leftOutUnit", u.name(), u.relation().label())).toList();
        return Messages.get(units.size() > names.size() ? "ui.summary.paste.readMany" : "ui.summary.paste.read",
                units.size(), String.join("、", names));
    }

    /** 导入名单…: an .xlsx or .csv whose first column is the units' names. */
    void importFile() {
        window.files().open(window.owner(), Messages.get("ui.summary.importTitle"), List.of(new FileType(
                Messages.get("ui.summary.file.units"), List.of("xlsx", "csv"))), window.startFolder())
                .ifPresent(file -> {
                    window.rememberFolder(file.getParent());
                    store(() -> board.compilation().unitsOf(Compilation.rowsOf(file)), fileName(file));
                });
    }

    private static String fileName(Path file) {
        return "“" + file.getFileName() + "”";
    }

    /** Adds the units read (in the background: a file is read there too) that are not listed yet. */
    private void store(Supplier<List<Unit>> units, String source) {
        record Added(int read, int added) {
        }
        messages.clear();
        board.change(Messages.get("ui.summary.action.units"), () -> {
            List<Unit> read = units.get();
            return new Added(read.size(), board.compilation().addUnits(read).size());
        }, a -> messages.info(Messages.get("ui.summary.unitsAdded", source, a.read(), a.added())), messages::error);
    }

    /** Starts this year's list from last year's. */
    void copyLastYear() {
        int last = board.compilation().year() - 1;
        messages.clear();
        board.change(Messages.get("ui.summary.action.units"), () -> board.compilation().copyUnitsFrom(last).size(),
                n -> messages.info(Messages.get("ui.summary.unitsCopied", last, n)), messages::error);
    }
}
