package org.ogireport.ui.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.rules.Finding;

/**
 * Where the window marks a finding, and which findings it does not count. A rule names the cells of its equation
 * (T3-01: 本年新收, 上年结转, 办理结果总计, 结转下年度 of a column), but a total the draft computes cannot be typed:
 * the clerk's mistake is in a cell he typed. So a finding marks the typed cells behind its cells (a computed total
 * stands for its terms) that the clerk edited since the finding appeared, the most recent first; when he edited none
 * of them (the draft was opened with it), the typed cells the rule names. And a finding that points only at computed
 * totals whose typed cells another finding of the same rule also points at only echoes it (T3-01 on the 总计 column
 * repeats T3-01 on 自然人): it is listed, not counted. No JavaFX: the session uses it after every edit.
 */
final class FindingMarks {

    private final FormatCatalog catalog;
    private final Predicate<CellSpec> computed;

    /** @param computed whether a cell is computed from others in this draft (so never typed) */
    FindingMarks(FormatCatalog catalog, Predicate<CellSpec> computed) {
        this.catalog = catalog;
        this.computed = computed;
    }

    /**
     * The keys to mark for a finding, the one to go to first.
     *
     * @param lastEdited the edit number of each cell the clerk changed in this session, by key
     * @param since      the edit number after which the finding appeared (0: it was there when the draft opened)
     */
    List<String> cellsToMark(Finding finding, Map<String, Long> lastEdited, long since) {
        List<String> edited = typedBehind(finding).stream()
                .filter(k -> lastEdited.containsKey(k) && lastEdited.get(k) >= since)
                .sorted(Comparator.comparingLong((String k) -> lastEdited.get(k)).reversed())
                .toList();
        if (!edited.isEmpty()) {
            return edited;
        }
        List<String> typed = finding.cells().stream().filter(k -> !isComputed(k)).toList();
        return typed.isEmpty() ? finding.cells() : typed;
    }

    /**
     * The ids of the findings that only echo another: all their cells are computed, and another open finding of the
     * same rule that is not itself all computed stands on some of the same typed cells.
     */
    Set<String> echoes(List<Finding> findings, Predicate<Finding> open) {
        Set<String> echoes = new HashSet<>();
        for (Finding f : findings) {
            if (!open.test(f) || f.cells().isEmpty() || !f.cells().stream().allMatch(this::isComputed)) {
                continue;
            }
            Set<String> behind = typedBehind(f);
            for (Finding other : findings) {
                if (other != f && other.rule().equals(f.rule()) && open.test(other)
                        && !other.cells().stream().allMatch(this::isComputed)
                        && typedBehind(other).stream().anyMatch(behind::contains)) {
                    echoes.add(f.id());
                    break;
                }
            }
        }
        return echoes;
    }

    /** The typed cells a finding stands on: its own typed cells and the typed terms of its computed ones. */
    Set<String> typedBehind(Finding finding) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(finding.cells());
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String key = todo.remove(0);
            if (!seen.add(key)) {
                continue;
            }
            CellSpec cell = catalog.cell(key).orElse(null);
            if (cell != null && computed.test(cell)) {
                todo.addAll(cell.derivation().terms());
            } else {
                out.add(key);
            }
        }
        return out;
    }

    private boolean isComputed(String key) {
        return catalog.cell(key).map(computed::test).orElse(false);
    }
}
