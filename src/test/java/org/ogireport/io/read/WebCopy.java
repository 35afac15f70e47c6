package org.ogireport.io.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.Section;
import org.ogireport.format.TableSpec;
import org.ogireport.format.TextField;
import org.ogireport.model.Report;

/**
 * Writes a report the way a web page copied into a text file looks (like the seed text): one paragraph per line,
 * table rows as tab-separated cells, headings and labels restylable, with the usual losses on demand: the total
 * column dropped, cells printed otherwise ("/"), the copy cut off.
 */
final class WebCopy {

    private final Report report;
    private UnaryOperator<String> labels = UnaryOperator.identity();
    private boolean dropLastColumnOfTable3;
    private final Map<String, String> printed = new HashMap<>();
    private int keepLines = Integer.MAX_VALUE;

    WebCopy(Report report) {
        this.report = report;
    }

    WebCopy labels(UnaryOperator<String> style) {
        this.labels = style;
        return this;
    }

    WebCopy withoutTotalColumn() {
        dropLastColumnOfTable3 = true;
        return this;
    }

    /** Prints a cell as given instead of its value. */
    WebCopy print(String cellKey, String text) {
        printed.put(cellKey, text);
        return this;
    }

    /** Keeps only the lines up to the first one containing the text (a copy cut off there). */
    WebCopy cutBefore(String text) {
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                keepLines = i;
                break;
            }
        }
        return this;
    }

    String text() {
        List<String> lines = lines();
        return String.join("\n", lines.subList(0, Math.min(keepLines, lines.size()))) + "\n";
    }

    private List<String> lines() {
        FormatCatalog catalog = report.catalog();
        List<String> out = new ArrayList<>();
        out.add(report.organ().name());
        out.add(catalog.title("", report.year()));
        out.add(report.text(catalog.texts().get(0).key()));
        for (Section s : catalog.sections()) {
            out.add(labels.apply(s.heading()));
            for (TextField t : s.texts()) {
                if (t.heading() != null) {
                    out.add(labels.apply(t.heading()));
                }
                out.add(report.text(t.key()));
            }
            if (s.tableId() != null) {
                table(catalog.table(s.tableId()), out);
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private void table(TableSpec table, List<String> out) {
        int labelCols = table.grids().stream().mapToInt(g -> g.rows().stream().mapToInt(r -> r.path().size())
                .max().orElse(0)).max().orElse(0);
        for (Grid g : table.grids()) {
            List<Header> cols = new ArrayList<>(g.columns());
            if (dropLastColumnOfTable3 && table.id().equals("t3")) {
                cols.remove(cols.size() - 1);
            }
            if (g.title() != null) {
                out.add(labels.apply(g.title()));
            }
            int levels = cols.stream().mapToInt(c -> c.path().size()).max().orElse(1);
            for (int level = 0; level < levels; level++) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < labelCols; i++) {
                    cells.add(level == 0 && i == 0 && g.corner() != null ? labels.apply(g.corner()) : "");
                }
                String before = null;
                for (Header c : cols) {
                    String here = level < c.path().size() ? c.path().get(level) : "";
                    boolean repeat = level < c.path().size() - 1 && here.equals(before);
                    cells.add(repeat ? "" : labels.apply(here));
                    before = here;
                }
                out.add(String.join("\t", cells));
            }
            List<String> above = List.of();
            for (Header r : g.rows()) {
                List<String> cells = new ArrayList<>();
                for (int level = 0; level < labelCols; level++) {
                    boolean inner = level == r.path().size() - 1;
                    boolean same = !inner && level < above.size() && level < r.path().size()
                            && above.get(level).equals(r.path().get(level));
                    cells.add(level >= r.path().size() || same ? "" : labels.apply(r.path().get(level)));
                }
                for (Header c : cols) {
                    String key = g.cellKey(r, c);
                    BigDecimal v = report.value(key);
                    cells.add(printed.getOrDefault(key, v == null ? "" : v.toPlainString()));
                }
                out.add(String.join("\t", cells));
                above = r.path();
            }
        }
    }
}
