package org.ogireport.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ogireport.format.ApplicationsTable;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Header;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * the numbers of each outcome of table 三 that the prose states (予以公开 N 件, 不予公开 N 件 …) equal the table's
 * 总计 column, and a percentage stated for an outcome (予以公开 50 件，占 52.6%) matches the table for one of the bases
 * prose uses (办理结果总计, 本年新收, or 本年新收 + 上年结转), to the precision written. Outcomes named together
 * (予以公开及部分公开 42 件, 予以公开和部分公开, 予以公开、部分公开, 予以公开（含部分公开）, 予以公开 42 件（含部分公开 20 件）)
 * are one statement of their sum, and so is its percentage.
 */
final class X03OutcomeRule implements Rule {

    private static final String FILLER = "(的|类)?(申请)?(的)?(共计|共|计|为|有|数为)?$";
    /** Words that join outcomes into one count of their sum. */
    private static final String AND = "(?:及|和|与|以及|、|并)";
    private static final String INCLUDING = "(?:含|包括|包含)";
    private static final Pattern SHARE = Pattern.compile("占|率|比例|比重");
    /** A share of several counts before it (二者占 52%): which ones is unclear, so it is left alone. */
    private static final Pattern SEVERAL_BEFORE = Pattern.compile("二者|两者|两项|三者|以上|上述|合计|共计");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One outcome of table 三: its name as prose says it (予以公开) and its rows. */
    record Outcome(String name, List<Header> rows) {
    }

    /**
     * The outcomes of a format by name, and the patterns that find them: a count of one or several outcomes at the end
     * of the words before it, outcomes named together, a single name, and an outcome the count includes after it.
     */
    private record Words(Map<String, Outcome> byName, Pattern count, Pattern together, Pattern named,
                         Pattern includesAfter) {
    }

    private static final Map<FormatVersion, Words> WORDS = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "X-03";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        Words words = WORDS.computeIfAbsent(report.formatVersion(), v -> words(report.catalog().applications()));
        Map<String, Outcome> byName = words.byName();
        Comparisons comparisons = new Comparisons(report, id(), out);
        Outcome previous = null;
        Quote previousQuote = null;
        Map<String, Boolean> aboutApplications = new HashMap<>();
        for (Quote q : Quotes.in(report)) {
            if (Phrases.OTHER_MATTER.matcher(q.lead()).find()
                    || !aboutApplications.computeIfAbsent(q.textKey(), k -> q.text().contains(Phrases.APPLICATION))) {
                previous = null;
                continue;
            }
            Matcher m = words.count().matcher(q.before().stripTrailing());
            if (Phrases.isCount(q) && m.find()) {
                Matcher included = words.includesAfter().matcher(q.after());
                Outcome o = outcomeOf(words, m.group(1) + (included.find() ? included.group(1) : ""));
                List<String> cells = Table3.totalCells(report, o.rows());
                // A group of rows (不予公开 has eight) is shown by its name and sum, not cell by cell.
                String side = o.rows().size() == 1 ? null : Messages.get("rule.sideGroup",
                        report.catalog().applications().spec().name(), o.name(), Sums.sum(report, cells));
                comparisons.check(q.textKey(), q.snippet(), q.value(), cells, side, "");
                previous = o;
                previousQuote = q;
                continue;
            }
            if (Phrases.isPercent(q) && SHARE.matcher(q.lead()).find()) {
                Outcome o = lastNamed(words, q.lead());
                int from = q.leadStart();
                if (o == null && previous != null && previousQuote.text() == q.text()
                        && previousQuote.sentenceStart() == q.sentenceStart()
                        && !SEVERAL_BEFORE.matcher(q.lead()).find()) {
                    o = previous;
                    from = previousQuote.leadStart();
                }
                if (o != null) {
                    checkShare(report, q, q.snippet(from), o, comparisons, out);
                }
            }
            previous = null;
        }
    }

    /** The outcome, or outcomes named together, last named in some words; null when there is none. */
    private static Outcome lastNamed(Words words, String lead) {
        Matcher m = words.together().matcher(lead);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last == null ? null : outcomeOf(words, last);
    }

    /** The outcome a phrase names, or the sum of those it names together (their rows, in the table's order). */
    private static Outcome outcomeOf(Words words, String phrase) {
        Matcher m = words.named().matcher(phrase);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            if (!names.contains(m.group())) {
                names.add(m.group());
            }
        }
        if (names.size() == 1) {
            return words.byName().get(names.get(0));
        }
        List<Header> rows = new ArrayList<>();
        words.byName().forEach((name, o) -> {
            if (names.contains(name)) {
                rows.addAll(o.rows());
            }
        });
        return new Outcome(String.join("、", names), rows);
    }

    /** A stated share holds when it matches the table for one of the bases, to one unit of its last decimal. */
    private void checkShare(Report report, Quote q, String snippet, Outcome o, Comparisons comparisons,
                            List<Finding> out) {
        BigDecimal part = Sums.sum(report, Table3.totalCells(report, o.rows()));
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(0, q.value().scale()));
        ApplicationsTable table = report.catalog().applications();
        BigDecimal shown = null;
        String shownName = null;
        for (List<Header> base : List.of(List.of(table.concluded()), List.of(table.received()),
                List.of(table.received(), table.carriedIn()))) {
            BigDecimal whole = Sums.sum(report, Table3.totalCells(report, base));
            if (whole.signum() == 0) {
                continue;
            }
            if (part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64).subtract(q.value()).abs()
                    .compareTo(tolerance) <= 0) {
                return;
            }
            if (shown == null) {
                shown = whole;
                shownName = base.get(0).shortName();
            }
        }
        if (shown == null) {
            return;
        }
        String id = id() + ":" + q.textKey() + ":" + o.name() + ":" + q.value().toPlainString() + "%";
        if (!comparisons.firstTime(id)) {
            return;
        }
        List<String> cells = new ArrayList<>();
        cells.add(q.textKey());
        cells.addAll(Table3.totalCells(report, o.rows()));
        BigDecimal share = part.multiply(HUNDRED).divide(shown, Math.max(1, q.value().scale()), RoundingMode.HALF_UP);
        out.add(new Finding(id, id(), Severity.W, cells, Messages.get("rule.X-03.share",
                FindingPlace.describe(report.catalog(), q.textKey()), snippet, o.name(), part, shownName, shown,
                share)));
    }

    private static Words words(ApplicationsTable table) {
        Map<String, Outcome> byName = outcomes(table).stream()
                .collect(Collectors.toMap(Outcome::name, o -> o, (a, b) -> a, LinkedHashMap::new));
        Pattern named = Texts.alternation(byName.keySet());
        String one = "(?:" + named.pattern() + ")";
        String together = one + "(?:" + AND + one + "|[（(]" + INCLUDING + one + "[）)]|" + INCLUDING + one + ")*";
        return new Words(byName, Pattern.compile("(" + together + ")" + FILLER), Pattern.compile(together), named,
                Pattern.compile("^\\s*[（(，,]?\\s*(?:其中)?" + INCLUDING + "(" + one + ")"));
    }

    /** The outcomes （一）…（六） of table 三 as the catalog has them, named as prose names them. */
    static List<Outcome> outcomes(ApplicationsTable table) {
        Map<String, List<Header>> groups = new LinkedHashMap<>();
        for (Header row : table.outcomes()) {
            groups.computeIfAbsent(row.path().get(1), k -> new ArrayList<>()).add(row);
        }
        List<Outcome> outcomes = new ArrayList<>();
        // （二）部分公开（区分处理的，只计这一情形，不计其他情形） is called 部分公开 in prose.
        groups.forEach((label, rows) -> outcomes.add(new Outcome(label.replaceFirst("^（[^）]*）", "")
                .replaceFirst("（.*$", ""), rows)));
        return outcomes;
    }
}
