package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.grid.ReportGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard as a clerk uses it: shortcuts that never touch the text, Tab that moves on, menus by Alt. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    private void press(FxRobot robot, KeyCombination key) {
        KeyCodeCombination k = (KeyCodeCombination) key;
        List<KeyCode> held = new ArrayList<>();
        KeyCombination.ModifierValue down = KeyCombination.ModifierValue.DOWN;
        if (k.getShortcut() == down || k.getControl() == down) {
            held.add(KeyCode.CONTROL);
        }
        if (k.getShift() == down) {
            held.add(KeyCode.SHIFT);
        }
        if (k.getAlt() == down) {
            held.add(KeyCode.ALT);
        }
        robot.press(held.toArray(KeyCode[]::new)).type(k.getCode()).release(held.toArray(KeyCode[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlHInATextBoxLeavesTheTextAsItIsAndOpensTheHistory(FxRobot robot) {
        ui.open(robot, TestReports.full(2024, 3));
        ui.go(robot, 1);
        TextArea area = robot.lookup("#text-s1-active").queryAs(TextArea.class);
        String before = area.getText();
        robot.clickOn(area);
        robot.interact(area::end);
        press(robot, new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
        ui.awaitIdle();

        assertThat(ui.session().report().text("s1.active")).isEqualTo(before);
        assertThat(robot.lookup("#revisions").tryQuery()).isPresent();
    }

    /**
     * Every shortcut of the menus, typed in a text box and in a one-line field, runs its command and leaves the
     * text alone: none is one of the text controls' own keys (Ctrl+H, Ctrl+A, Ctrl+E, Ctrl+K …) any more.
     */
    @Test
    void everyMenuShortcutRunsItsCommandAndNeverEditsTheText(FxRobot robot) {
        ui.open(robot, TestReports.full(2024, 3));
        ui.go(robot, 6);
        Scene scene = ui.window.context().owner().getScene();
        List<KeyCombination> ran = new ArrayList<>();
        Map<KeyCombination, Runnable> accelerators = scene.getAccelerators();
        robot.interact(() -> List.copyOf(accelerators.keySet()).forEach(k -> accelerators.put(k, () -> ran.add(k))));
        List<KeyCombination> keys = accelerators.keySet().stream()
                .filter(k -> !WindowKeys.UNDO.equals(k) && !WindowKeys.REDO.equals(k)).toList();
        assertThat(keys).hasSizeGreaterThan(15);

        for (String id : List.of("#text-s6-text", "#number-s6-fee_yuan")) {
            TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
            robot.interact(() -> {
                field.setText("一二三45");
                field.requestFocus();
                field.positionCaret(3);
            });
            for (KeyCombination key : keys) {
                ran.clear();
                press(robot, key);
                assertThat(ran).as(key.getDisplayText() + " in " + id).containsExactly(key);
                assertThat(field.getText()).as(key.getDisplayText() + " in " + id).isEqualTo("一二三45");
                robot.interact(field::requestFocus);
            }
        }
    }

    @Test
    void tabLeavesATextBoxShiftTabComesBackAndCtrlTabTypesATab(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 1);
        robot.clickOn("#text-s1-intro").write("引言");
        robot.type(KeyCode.TAB);
        Node focused = ui.window.context().owner().getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("text-s1-active");
        assertThat(ui.session().report().text("s1.intro")).isEqualTo("引言");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(ui.window.context().owner().getScene().getFocusOwner().getId()).isEqualTo("text-s1-intro");

        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(ui.session().report().text("s1.intro")).contains("\t");
    }

    @Test
    void tabAndEnterGoOnFromOneBlockOfTable2ToTheNext(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 2);
        robot.clickOn("#cell-t2-license-decisions");
        robot.write("350").type(KeyCode.TAB).write("48").type(KeyCode.ENTER).write("7").type(KeyCode.ENTER)
                .write("1.5").type(KeyCode.ENTER);

        assertThat(ui.session().report().count("t2.license.decisions")).isEqualTo(350L);
        assertThat(ui.session().report().count("t2.penalty.decisions")).isEqualTo(48L);
        assertThat(ui.session().report().count("t2.coercion.decisions")).isEqualTo(7L);
        assertThat(ui.session().report().value("t2.fees.amount_wan")).isEqualByComparingTo("1.5");

        // Back with Shift+Tab, across the block boundary; the arrows cross it too.
        robot.clickOn("#cell-t2-penalty-decisions");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusedGrid().cursorKey()).isEqualTo("t2.license.decisions");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusedGrid().cursorKey()).isEqualTo("t2.norm.in_force");
        robot.type(KeyCode.DOWN);
        assertThat(focusedGrid().cursorKey()).isEqualTo("t2.license.decisions");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertThat(focusedGrid().cursorKey()).isEqualTo("t2.fees.amount_wan");

        // From the last cell of the table, Tab leaves it.
        robot.write("2").type(KeyCode.TAB);
        assertThat(ui.window.context().owner().getScene().getFocusOwner()).isNotInstanceOf(ReportGrid.class);
        assertThat(ui.session().report().value("t2.fees.amount_wan")).isEqualByComparingTo("2");
    }

    @Test
    void ctrlTabLeavesTable3FromAnyCell(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 3);
        robot.clickOn("#cell-t3-r1-np");
        robot.write("3");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(ui.session().report().count("t3.r1.np")).isEqualTo(3L);
        assertThat(ui.window.context().owner().getScene().getFocusOwner()).isNotInstanceOf(ReportGrid.class);
    }

    private ReportGrid focusedGrid() {
        return (ReportGrid) ui.window.context().owner().getScene().getFocusOwner();
    }

    @Test
    void theKeysHelpListsEveryShortcut(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        Scene scene = ui.window.context().owner().getScene();
        String help = KeysHelp.asText(ui.window.keysHelp());
        for (KeyCombination key : scene.getAccelerators().keySet()) {
            assertThat(help).as(key.getDisplayText()).contains(key.getDisplayText());
        }
        for (KeyCombination key : List.of(WindowKeys.NEXT_SCREEN, WindowKeys.PREVIOUS_SCREEN, WindowKeys.NEXT_AREA,
                WindowKeys.REDO_SHIFT)) {
            assertThat(help).contains(key.getDisplayText());
        }
        assertThat(help).contains("Ctrl+H").contains("修订历史").contains("Ctrl+Tab");
    }

    @Test
    void everyMenuAndMenuItemHasItsOwnMnemonic(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Set<Character> menuKeys = new HashSet<>();
        for (Menu menu : bar.getMenus()) {
            assertThat(mnemonic(menu)).as(menu.getText()).isNotNull();
            assertThat(menuKeys.add(mnemonic(menu))).as(menu.getText()).isTrue();
            Set<Character> itemKeys = new HashSet<>();
            for (MenuItem item : menu.getItems()) {
                if (!(item instanceof SeparatorMenuItem)) {
                    assertThat(mnemonic(item)).as(item.getText()).isNotNull();
                    assertThat(itemKeys.add(mnemonic(item))).as(item.getText()).isTrue();
                }
            }
        }
    }

    private static Character mnemonic(MenuItem item) {
        String text = item.getText();
        int i = text.indexOf('_');
        return item.isMnemonicParsing() && i >= 0 && i + 1 < text.length()
                ? Character.toUpperCase(text.charAt(i + 1)) : null;
    }

    @Test
    void theExportMenuOpenedByAltTRunsItsFirstCommandOnEnter(FxRobot robot) {
        ui.open(robot, TestReports.full(2024, 3));
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        ui.awaitIdle();
        // The Word export asked where to write (the test's file dialog answers nothing: cancelled).
        assertThat(ui.files.proposed).singleElement().asString().endsWith(".docx");
    }
}
