package org.ogireport.ui.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tab-separated text as Excel and WPS put a copied range on the clipboard: one line per row, a tab between cells. */
final class TabText {

    private TabText() {
    }

    /** The rows of cells; the line break Excel adds after the last row does not make an extra row. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        String body = text.replaceAll("(\\r\\n|\\r|\\n)+$", "");
        if (body.isEmpty()) {
            return rows;
        }
        for (String line : body.split("\\r\\n|\\r|\\n", -1)) {
            rows.add(Arrays.stream(line.split("\t", -1)).map(TabText::unquote).toList());
        }
        return rows;
    }

    /** Excel quotes a cell that holds a quote, a tab or a line break. */
    private static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }
}
