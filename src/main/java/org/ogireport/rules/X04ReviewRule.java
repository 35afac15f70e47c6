package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Derivation;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * the 行政复议 and 行政诉讼 cases the prose states (政府信息公开行政复议 N 件, 其中结果维持 N 件; 未发生行政复议 is 0)
 * equal table 四 (行政诉讼 = 未经复议直接起诉 + 复议后起诉), and “均获维持” holds only when no case of those kinds was
 * corrected, ended otherwise or is pending. Cases the organ handled as the reviewing body (办理/审理行政复议案件) are
 * not its own and are left alone.
 */
final class X04ReviewRule implements Rule {

    private static final Set<String> UNITS = Set.of("件", "起", "例");
    private static final Pattern AS_REVIEWER = Pattern.compile("办理|审理|受理|承办|作出|决定|代理");
    private static final String CASE_FILLER = "(案件|案|的案件|案件数|类案件)?(共计|共|计|为|有)?$";
    private static final Pattern NONE = Pattern.compile(
            "(未(?:发生|出现|收到|接到|有)|没有(?:发生|收到)?)([^，,。；;]{0,24})");
    /** 未发生被纠错的行政复议 or 尚未收到行政复议决定 say nothing about how many cases there were. */
    private static final Pattern NOT_NONE = Pattern.compile("纠错|纠正|败诉|撤销|确认违法|决定|判决|裁定|结果|文书");
    private static final Pattern ALL_UPHELD = Pattern.compile("(均|全部|都|皆)已?(获|被|得到|予以)?(依法)?(获得)?维持");
    private static final String UPHELD = "维持";

    /**
     * The groups of table 四 a word names (行政复议 → one, 行政诉讼 → two, 复议后起诉 → one), the cells of each outcome
     * by group, and the patterns of a count of cases and of a count of one outcome.
     */
    private record Tables(Map<String, List<Derivation>> byKind, Map<String, Map<Derivation, String>> byOutcome,
                          Pattern kinds, Pattern count, Pattern part) {
    }

    private static final Map<FormatVersion, Tables> TABLES = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "X-04";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        Tables t = TABLES.computeIfAbsent(report.formatVersion(), v -> tables(report.catalog()));
        Comparisons comparisons = new Comparisons(report, id(), out);
        Map<String, Boolean> disclosure = new HashMap<>();
        for (Quote q : Quotes.in(report)) {
            if (!UNITS.contains(q.unit()) || AS_REVIEWER.matcher(q.lead()).find()
                    || !disclosure.computeIfAbsent(q.textKey(), k -> aboutDisclosure(q.text()))) {
                continue;
            }
            Set<String> named = named(t.kinds(), q.lead());
            Matcher m = t.count().matcher(q.lead());
            if (named.size() == 1 && m.find()) {
                comparisons.check(q, q.value(), targets(t.byKind().get(m.group(1))));
                continue;
            }
            Matcher p = named.isEmpty() ? t.part().matcher(q.lead()) : null;
            String kind = p != null && p.find() ? lastNamed(t.kinds(), q.before()) : null;
            if (kind != null) {
                Map<Derivation, String> terms = t.byOutcome().get(p.group(2));
                List<String> cells = t.byKind().get(kind).stream().map(terms::get).toList();
                comparisons.check(q, q.value(), cells);
            }
        }
        for (TextField field : report.catalog().texts()) {
            String text = report.texts().get(field.key());
            if (text == null || !aboutDisclosure(text)) {
                continue;
            }
            checkNone(t, field.key(), text, comparisons);
            if (text.contains(UPHELD)) {
                checkAllUpheld(report, t, field.key(), text, comparisons, out);
            }
        }
    }

    /** 未发生因政府信息公开引起的行政复议、行政诉讼: each kind named is 0. */
    private void checkNone(Tables t, String key, String text, Comparisons comparisons) {
        Matcher m = NONE.matcher(text);
        while (m.find()) {
            if (NOT_NONE.matcher(m.group(2)).find()) {
                continue;
            }
            for (String kind : named(t.kinds(), m.group(2))) {
                comparisons.check(key, m.group(), BigDecimal.ZERO, targets(t.byKind().get(kind)), null, "");
            }
        }
    }

    /** 行政复议 2 件，均获维持: no case of the kinds named before it in the sentence ended otherwise or is pending. */
    private void checkAllUpheld(Report report, Tables t, String key, String text, Comparisons comparisons,
                                List<Finding> out) {
        Matcher m = ALL_UPHELD.matcher(text);
        while (m.find()) {
            String before = text.substring(Quotes.sentenceStart(text, m.start()), m.start());
            List<String> cells = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (String kind : named(t.kinds(), before)) {
                for (Derivation d : t.byKind().get(kind)) {
                    for (String term : d.terms()) {
                        CellSpec c = report.catalog().cell(term).orElseThrow();
                        if (!c.column().label().contains(UPHELD) && Sums.valueOrZero(report, term).signum() != 0) {
                            cells.add(term);
                            groups.add(c.column().shortName() + " " + Sums.show(report, term));
                        }
                    }
                }
            }
            String id = id() + ":" + key + ":" + m.group();
            if (!cells.isEmpty() && comparisons.firstTime(id)) {
                cells.add(0, key);
                out.add(new Finding(id, id(), Severity.W, cells, Messages.get("rule.X-04.allUpheld",
                        FindingPlace.describe(report.catalog(), key), m.group(),
                        report.catalog().reviews().spec().name(), String.join("、", groups))));
            }
        }
    }

    /** Whether a field is about information disclosure at all (a 司法局's paragraph on its own 复议 work is not). */
    private static boolean aboutDisclosure(String text) {
        return text.contains("信息公开") || text.contains("依申请");
    }

    private static List<String> targets(List<Derivation> groups) {
        return groups.stream().map(Derivation::target).toList();
    }

    private static Set<String> named(Pattern kinds, String words) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = kinds.matcher(words);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String lastNamed(Pattern kinds, String words) {
        String last = null;
        Matcher m = kinds.matcher(words);
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    /** Walks table 四 of the catalog: each group's total and terms, the words that name groups and outcomes. */
    private static Tables tables(FormatCatalog catalog) {
        Map<String, List<Derivation>> byKind = new LinkedHashMap<>();
        Map<String, Map<Derivation, String>> byOutcome = new LinkedHashMap<>();
        for (Derivation d : catalog.reviews().spec().derivations()) {
            List<String> path = catalog.cell(d.target()).orElseThrow().column().path();
            for (String kind : path.subList(0, path.size() - 1)) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(d);
            }
            for (String term : d.terms()) {
                String outcome = catalog.cell(term).orElseThrow().column().label();
                byOutcome.computeIfAbsent(outcome, k -> new LinkedHashMap<>()).put(d, term);
            }
        }
        Pattern kinds = Texts.alternation(byKind.keySet());
        Pattern outcomes = Texts.alternation(byOutcome.keySet());
        return new Tables(byKind, byOutcome, kinds, Pattern.compile("(" + kinds.pattern() + ")" + CASE_FILLER),
                Pattern.compile("^(其中)?(" + outcomes.pattern() + ")(的)?(案件)?(共|为|有)?$"));
    }

}
