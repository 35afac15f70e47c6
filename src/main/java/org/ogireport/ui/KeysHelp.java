package org.ogireport.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.ogireport.i18n.Messages;

/**
 * What every key of the window does, for 键盘操作 and the 填报说明: the keys of the tables and the text boxes, the
 * window's own, and each menu command's shortcut read from the menus themselves, so that none is left out.
 */
public final class KeysHelp {

    /** One key (or a few that go together) and what it does. */
    public record Entry(String keys, String what) {
    }

    /** The keys of one place (表格, 文字, 窗口, 菜单命令). */
    public record Group(String title, List<Entry> entries) {
    }

    private KeysHelp() {
    }

    /** Every key, by place; the menus give their commands' shortcuts. */
    public static List<Group> of(MenuBar menus) {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(Messages.get("ui.keys.grid"), List.of(
                entry("ui.keys.grid.type", "0–9"),
                entry("ui.keys.grid.enter", shown(KeyCode.ENTER), shown(KeyCode.ENTER, KeyCombination.SHIFT_DOWN)),
                entry("ui.keys.grid.tab", shown(KeyCode.TAB), shown(KeyCode.TAB, KeyCombination.SHIFT_DOWN)),
                entry("ui.keys.grid.arrows", "↑ ↓ ← →", shown(KeyCode.HOME), shown(KeyCode.END)),
                entry("ui.keys.grid.edit", shown(KeyCode.F2)),
                entry("ui.keys.grid.cancel", shown(KeyCode.ESCAPE)),
                entry("ui.keys.grid.delete", shown(KeyCode.DELETE)),
                entry("ui.keys.grid.copy", shown(KeyCode.C, KeyCombination.SHORTCUT_DOWN),
                        shown(KeyCode.X, KeyCombination.SHORTCUT_DOWN)),
                entry("ui.keys.grid.paste", shown(KeyCode.V, KeyCombination.SHORTCUT_DOWN)),
                entry("ui.keys.grid.all", shown(KeyCode.A, KeyCombination.SHORTCUT_DOWN)),
                entry("ui.keys.grid.leave", shown(KeyCode.TAB, KeyCombination.CONTROL_DOWN)))));
        groups.add(new Group(Messages.get("ui.keys.text"), List.of(
                entry("ui.keys.text.tab", shown(KeyCode.TAB), shown(KeyCode.TAB, KeyCombination.SHIFT_DOWN)),
                entry("ui.keys.text.tabChar", shown(KeyCode.TAB, KeyCombination.CONTROL_DOWN)),
                entry("ui.keys.text.enter", shown(KeyCode.ENTER)))));
        groups.add(new Group(Messages.get("ui.keys.window"), List.of(
                entry("ui.keys.window.undo", WindowKeys.UNDO.getDisplayText()),
                entry("ui.keys.window.redo", WindowKeys.REDO.getDisplayText(), WindowKeys.REDO_SHIFT.getDisplayText()),
                entry("ui.keys.window.screens", WindowKeys.NEXT_SCREEN.getDisplayText(),
                        WindowKeys.PREVIOUS_SCREEN.getDisplayText()),
                entry("ui.keys.window.areas", WindowKeys.NEXT_AREA.getDisplayText(),
                        WindowKeys.PREVIOUS_AREA.getDisplayText()),
                entry("ui.keys.window.explain", shown(KeyCode.F4)),
                entry("ui.keys.window.menus", "Alt", shown(KeyCode.F10)))));
        groups.add(new Group(Messages.get("ui.keys.summary"), List.of(
                entry("ui.keys.summary.find", shown(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
                entry("ui.keys.summary.open", shown(KeyCode.ENTER)),
                entry("ui.keys.summary.drill", "↑ ↓ ← →"))));
        Map<String, Entry> commands = new LinkedHashMap<>();
        for (Menu menu : menus.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                KeyCombination key = item.getAccelerator();
                if (key != null) {
                    String what = plain(menu.getText()) + " → " + plain(item.getText());
                    commands.putIfAbsent(key.getDisplayText(), new Entry(key.getDisplayText(), what));
                }
            }
        }
        groups.add(new Group(Messages.get("ui.keys.menus"), List.copyOf(commands.values())));
        return groups;
    }

    /** The keys as plain text, one line each, under the titles of their groups. */
    public static String asText(List<Group> groups) {
        StringBuilder text = new StringBuilder();
        for (Group g : groups) {
            text.append(g.title()).append('\n');
            g.entries().forEach(e -> text.append(e.keys()).append('\u3000').append(e.what()).append('\n'));
        }
        return text.toString();
    }

    /** A menu text without its mnemonic mark: 保存(_S) → 保存. */
    static String plain(String menuText) {
        return menuText.replaceAll("\\(_.\\)", "").replace("_", "");
    }

    private static Entry entry(String key, String... keys) {
        return new Entry(String.join(" / ", keys), Messages.get(key));
    }

    /** A key as the menus show it (Ctrl+S); a key shown as a sign (↵) by its name instead (Enter). */
    private static String shown(KeyCode code, KeyCombination.Modifier... modifiers) {
        String shown = new KeyCodeCombination(code, modifiers).getDisplayText();
        String alone = new KeyCodeCombination(code).getDisplayText();
        boolean sign = alone.length() == 1 && !Character.isLetterOrDigit(alone.charAt(0));
        return sign ? shown.replace(alone, code.getName()) : shown;
    }
}
