package org.ogireport.rules;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.ReviewsTable;
import org.ogireport.format.TableId;
import org.ogireport.format.TableSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * T2-05, T3-04, T4-03: every cell of a table holds a number, 0 included; a blank or “/” is not a number. One finding
 * per part a clerk fills as one: a column of table 三 (a copy that lost the 总计 column gives one finding, not 25), a
 * block of table 二 (第二十条第（一）项 …), a group of table 四 (行政复议, 未经复议直接起诉, 复议后起诉).
 */
final class BlankCellsRule implements Rule {

    private static final int NAMES_SHOWN = 5;

    private final String id;
    private final TableId table;
    private final String messageKey;

    /** One part of a table: its id in the finding's id, its place in words, and its cells with their names. */
    private record Part(String anchor, String place, List<String> keys, List<String> names) {
    }

    private BlankCellsRule(String id, TableId table, String messageKey) {
        this.id = id;
        this.table = table;
        this.messageKey = messageKey;
    }

    /** T2-05: table 二, one finding per block. */
    static BlankCellsRule table2() {
        return new BlankCellsRule("T2-05", TableId.T2, "rule.T2-05");
    }

    /** T3-04: table 三, one finding per column. */
    static BlankCellsRule table3() {
        return new BlankCellsRule("T3-04", TableId.T3, "rule.T3-04");
    }

    /** T4-03: table 四, one finding per group. */
    static BlankCellsRule table4() {
        return new BlankCellsRule("T4-03", TableId.T4, "rule.T4-03");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        for (Part part : parts(report.catalog())) {
            List<String> blank = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < part.keys().size(); i++) {
                if (!report.isFilled(part.keys().get(i))) {
                    blank.add(part.keys().get(i));
                    if (names.size() < NAMES_SHOWN) {
                        names.add(part.names().get(i));
                    }
                }
            }
            if (blank.isEmpty()) {
                continue;
            }
            String listed = String.join("、", names) + (blank.size() > names.size() ? Messages.get("rule.andMore") : "");
            out.add(new Finding(id + ":" + part.anchor(), id, Severity.W, blank,
                    Messages.get(messageKey, part.place(), blank.size(), listed)));
        }
    }

    private List<Part> parts(FormatCatalog catalog) {
        return switch (table) {
            case T2 -> blocks(catalog.published().spec());
            case T3 -> columns(catalog.applications().spec());
            case T4 -> groups(catalog.reviews());
        };
    }

    /** Table 三 by column, each cell named by its row. */
    private static List<Part> columns(TableSpec spec) {
        Grid grid = spec.grid();
        List<Part> parts = new ArrayList<>();
        for (Header col : grid.columns()) {
            List<String> keys = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Header row : grid.rows()) {
                keys.add(grid.cellKey(row, col));
                names.add(row.shortName());
            }
            parts.add(new Part(col.key(), Messages.get("rule.placeColumn", spec.name(), col.shortName()), keys, names));
        }
        return parts;
    }

    /** Table 二 by block, each cell named by its row (and its column where the block has several). */
    private static List<Part> blocks(TableSpec spec) {
        List<Part> parts = new ArrayList<>();
        for (Grid block : spec.grids()) {
            List<String> keys = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Header row : block.rows()) {
                for (Header col : block.columns()) {
                    keys.add(block.cellKey(row, col));
                    names.add(block.columns().size() == 1 ? row.shortName()
                            : Messages.get("rule.cellName", row.shortName(), col.shortName()));
                }
            }
            parts.add(new Part(block.rows().get(0).key(), Messages.get("rule.placeGroup", spec.name(), block.title()),
                    keys, names));
        }
        return parts;
    }

    /** Table 四 by group, each cell named by its column. */
    private static List<Part> groups(ReviewsTable reviews) {
        List<Part> parts = new ArrayList<>();
        for (ReviewsTable.Group group : reviews.groups()) {
            List<Header> cols = new ArrayList<>(group.outcomes());
            cols.add(group.total());
            parts.add(new Part(group.key(), Messages.get("rule.placeGroup", reviews.spec().name(), group.name()),
                    cols.stream().map(reviews::cellKey).toList(), cols.stream().map(Header::label).toList()));
        }
        return parts;
    }
}
