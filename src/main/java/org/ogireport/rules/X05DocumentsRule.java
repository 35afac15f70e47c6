package org.ogireport.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.PublishedTable;
import org.ogireport.format.PublishedTable.DocumentCounts;
import org.ogireport.model.Report;

/**
 * the 规章 and 规范性文件 the prose says were issued, repealed or are in force (制发规范性文件 8 件, 废止规章 1 件,
 * 现行有效规范性文件 66 件) equal table 二. A count without one of those verbs (公开, 备案, 审查 …) says something else and
 * is left alone. Only the 2021 table has these columns.
 */
final class X05DocumentsRule implements Rule {

    /** The verbs prose uses for each column of table 二's first block. */
    private static final String ISSUED = "新制定|新出台|新制发|新发布|制定|出台|制发|印发|发布|新增";
    private static final String REPEALED = "废止|废除|宣布失效";
    private static final String IN_FORCE = "现行有效";
    private static final Pattern OTHER_MATTER = Pattern.compile("备案|审查|审核|解读|草案|征求意见|合法性|报送|起草|清理(?!废止)");
    private static final Set<String> UNITS = Set.of("件", "部", "个", "份");
    private static final String FILLER = "(共计|共|计|为|有)?$";

    @Override
    public String id() {
        return "X-05";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        Words w = WORDS.computeIfAbsent(report.formatVersion(), v -> words(report.catalog().published()));
        if (w.grid() == null) {
            return;
        }
        Comparisons comparisons = new Comparisons(report, id(), out);
        for (Quote q : Quotes.in(report)) {
            String lead = q.lead();
            if (!UNITS.contains(q.unit()) || OTHER_MATTER.matcher(lead).find()) {
                continue;
            }
            List<Header> rows = rowsNamed(w.rowWord(), w.rowsByWord(), lead);
            if (rows.size() != 1) {
                continue;
            }
            List<Header> cols = new ArrayList<>();
            w.verbs().forEach((col, p) -> {
                if (p.matcher(lead).find()) {
                    cols.add(col);
                }
            });
            if (cols.size() == 1 && w.closing().get(cols.get(0)).matcher(lead).find()) {
                String cell = w.grid().cellKey(rows.get(0), cols.get(0));
                comparisons.check(q, q.value(), List.of(cell));
            }
        }
    }

    /**
     * The words of a format's documents grid: its rows by the words prose uses for them, each column's verbs, and
     * for each column the pattern of a lead that its row word or its verb closes (制发规范性文件 8 件, 规范性文件现行有效
     * 66 件). The grid is null in a format without it.
     */
    private record Words(Grid grid, Map<String, Header> rowsByWord, Pattern rowWord, Map<Header, Pattern> verbs,
                         Map<Header, Pattern> closing) {
    }

    private static final Map<FormatVersion, Words> WORDS = new ConcurrentHashMap<>();

    private static Words words(PublishedTable table) {
        if (table.documentCounts().isEmpty()) {
            return new Words(null, Map.of(), null, Map.of(), Map.of());
        }
        Grid grid = table.documents();
        DocumentCounts counts = table.documentCounts().get();
        Map<Header, String> verbsByColumn = new LinkedHashMap<>();
        verbsByColumn.put(counts.issued(), ISSUED);
        verbsByColumn.put(counts.repealed(), REPEALED);
        verbsByColumn.put(counts.inForce(), IN_FORCE);
        // The row label, and 规范性文件 for 行政规范性文件 since prose often drops the 行政.
        Map<String, Header> rowsByWord = new LinkedHashMap<>();
        for (Header row : grid.rows()) {
            rowsByWord.put(row.label(), row);
            rowsByWord.putIfAbsent(row.label().replaceFirst("^行政", ""), row);
        }
        Pattern rowWord = Texts.alternation(rowsByWord.keySet());
        Map<Header, Pattern> verbs = new LinkedHashMap<>();
        Map<Header, Pattern> closing = new LinkedHashMap<>();
        verbsByColumn.forEach((col, words) -> {
            verbs.put(col, Pattern.compile(words));
            closing.put(col, Pattern.compile("(" + rowWord.pattern() + "|" + words + ")" + FILLER));
        });
        return new Words(grid, rowsByWord, rowWord, verbs, closing);
    }

    private static List<Header> rowsNamed(Pattern rowWord, Map<String, Header> rowsByWord, String lead) {
        List<Header> found = new ArrayList<>();
        Matcher m = rowWord.matcher(lead);
        while (m.find()) {
            Header row = rowsByWord.get(m.group());
            if (!found.contains(row)) {
                found.add(row);
            }
        }
        return found;
    }
}
