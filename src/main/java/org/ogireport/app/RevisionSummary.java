package org.ogireport.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.NumberField;
import org.ogireport.format.TableSpec;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * What changed between two revisions of a draft, in one line for the history: the cells changed per table (the
 * computed totals not counted), the texts changed by their headings, the numbers, the organ's kind, the
 * explanations. 表三 3 格；文字：（一）主动公开情况、（二）依申请公开情况.
 */
final class RevisionSummary {

    /** The texts named before the rest are only counted. */
    private static final int TEXTS_NAMED = 2;

    private RevisionSummary() {
    }

    /**
     * @param older the revision before (an empty draft for the first), or null when it cannot be read
     * @param newer the revision itself, or null when it cannot be read
     */
    static String of(Report older, Report newer) {
        if (older == null || newer == null) {
            return "";
        }
        FormatCatalog catalog = newer.catalog();
        List<String> parts = new ArrayList<>();
        if (older.formatVersion() != newer.formatVersion()) {
            parts.add(Messages.get("app.revision.format", newer.formatVersion().id()));
        }
        Map<String, Integer> cellsByTable = new LinkedHashMap<>();
        for (TableSpec table : catalog.tables()) {
            for (CellSpec cell : catalog.cellsOf(table.id())) {
                if (!cell.isDerived() && !same(valueIn(older, cell.key()), newer.value(cell.key()))) {
                    cellsByTable.merge(table.name(), 1, Integer::sum);
                }
            }
        }
        cellsByTable.forEach((table, n) -> parts.add(Messages.get("app.revision.cells", table, n)));
        List<String> texts = new ArrayList<>();
        for (TextField t : catalog.texts()) {
            String before = older.catalog().text(t.key()).isPresent() ? older.text(t.key()) : "";
            if (!before.equals(newer.text(t.key()))) {
                texts.add(t.heading() != null ? t.heading() : t.label());
            }
        }
        if (!texts.isEmpty()) {
            String named = String.join("、", texts.subList(0, Math.min(TEXTS_NAMED, texts.size())));
            parts.add(texts.size() > TEXTS_NAMED ? Messages.get("app.revision.textsMore", named, texts.size())
                    : Messages.get("app.revision.texts", named));
        }
        for (NumberField n : catalog.numbers()) {
            BigDecimal before = older.catalog().number(n.key()).isPresent() ? older.number(n.key()) : null;
            if (!same(before, newer.number(n.key()))) {
                parts.add(n.label());
            }
        }
        if (older.organ().kind() != newer.organ().kind()) {
            parts.add(Messages.get("app.revision.kind"));
        }
        if (!older.explanations().equals(newer.explanations())) {
            parts.add(Messages.get("app.revision.explanations"));
        }
        return parts.isEmpty() ? Messages.get("app.revision.same") : String.join(Messages.get("app.revision.and"),
                parts);
    }

    /** A cell's value in a revision, or null when its format has no such cell (the trial format of 2019). */
    private static BigDecimal valueIn(Report report, String cellKey) {
        return report.catalog().cell(cellKey).isPresent() ? report.value(cellKey) : null;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
