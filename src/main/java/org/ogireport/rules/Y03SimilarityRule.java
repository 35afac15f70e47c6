package org.ogireport.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * Y-03 (内容雷同): the prose of 一 or 五 shares more than half of its wording with last year's (see
 * {@link TextSimilarity}). Texts too short to judge (“无。”) are left to X-07.
 */
final class Y03SimilarityRule implements CrossYearRule {

    private static final double THRESHOLD = 0.5;
    /** About 25 characters: shorter texts are alike by chance. */
    private static final int MIN_GRAMS = 20;
    private static final List<SectionKey> SECTIONS = List.of(SectionKey.OVERVIEW, SectionKey.PROBLEMS);

    @Override
    public String id() {
        return "Y-03";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        if (previousYear == null) {
            return;
        }
        for (SectionKey key : SECTIONS) {
            Section section = report.catalog().section(key);
            long[] now = TextSimilarity.grams(Texts.of(report, section));
            long[] last = TextSimilarity.grams(Texts.of(previousYear, previousYear.catalog().section(key)));
            if (now.length < MIN_GRAMS || last.length == 0) {
                continue;
            }
            double share = TextSimilarity.containment(now, last);
            if (share <= THRESHOLD) {
                continue;
            }
            // Point at the fields the most copied first.
            Map<String, Double> byField = new LinkedHashMap<>();
            for (TextField t : section.texts()) {
                String text = report.texts().get(t.key());
                if (text != null) {
                    byField.put(t.key(), TextSimilarity.containment(TextSimilarity.grams(text), last));
                }
            }
            List<String> cells = new ArrayList<>(byField.keySet());
            cells.sort(Comparator.comparing(byField::get).reversed());
            String most = FindingPlace.describe(report.catalog(), cells.get(0));
            out.add(new Finding(id() + ":" + section.key(), id(), Severity.W, cells, Messages.get("rule.Y-03",
                    section.heading(), previousYear.year(), percent(share), TextSimilarity.N,
                    Math.round(THRESHOLD * 100), most, percent(byField.get(cells.get(0))))));
        }
    }

    /** One decimal, rounded up, so that a share just over the threshold never prints as the threshold itself. */
    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.UP).stripTrailingZeros().toPlainString();
    }
}
