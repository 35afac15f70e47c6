package org.ogireport.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.format.TextField;
import org.ogireport.format.TextKey;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;

/**
 * the prose is complete. 一 covers its five topics where the format's notice asks for them (30号, not the trial
 * format's): a topic counts as covered when its own field is written or another field of 一 names it, as an imported
 * report may keep all of 一 in one field. 五 is written and is more than “无”; 六 is written (“无。” is enough). A
 * people's government's report also covers 工作考核、社会评议和责任追究结果 somewhere (条例 art. 50).
 */
final class X07CompletenessRule implements Rule {

    private static final String PUNCTUATION = "[\\s\\p{Punct}，。；、：！？“”（）]*";
    private static final Pattern JUST_NONE = Pattern.compile("^" + PUNCTUATION + "(暂?无)?" + PUNCTUATION + "$");
    /** Longer than this, 五 says more than “无”. */
    private static final int JUST_NONE_MAX = 12;
    /** The organs the 条例 art. 50 calls 各级人民政府 (a 街道办事处 reports as its township level does). */
    private static final Set<OrganKind> GOVERNMENTS = EnumSet.of(OrganKind.PROVINCIAL_GOVERNMENT,
            OrganKind.CITY_GOVERNMENT, OrganKind.COUNTY_GOVERNMENT, OrganKind.TOWNSHIP);
    /** What art. 50 asks of a government's report, and the words that show it is reported. */
    private static final Map<String, List<String>> GOVERNMENT_ITEMS = new LinkedHashMap<>();

    static {
        GOVERNMENT_ITEMS.put("工作考核", List.of("考核"));
        GOVERNMENT_ITEMS.put("社会评议", List.of("评议", "社会评价", "群众评价", "满意度"));
        GOVERNMENT_ITEMS.put("责任追究结果", List.of("责任追究", "追究责任", "问责", "追责"));
    }

    @Override
    public String id() {
        return "X-07";
    }

    @Override
    public void check(Report report, Report previousYear, List<Finding> out) {
        FormatCatalog catalog = report.catalog();
        if (catalog.notice().overviewTopics()) {
            checkTopics(report, catalog, out);
        }
        Section five = catalog.section(SectionKey.PROBLEMS);
        String allOfFive = Texts.of(report, five);
        if (allOfFive.strip().length() <= JUST_NONE_MAX && JUST_NONE.matcher(allOfFive).matches()) {
            out.add(finding(TextKey.PROBLEMS.key(), Messages.get("rule.X-07.problems", five.heading())));
        }
        Section six = catalog.section(SectionKey.OTHER_MATTERS);
        if (Texts.of(report, six).isBlank()) {
            out.add(finding(TextKey.OTHER_MATTERS.key(), Messages.get("rule.X-07.other", six.heading())));
        }
        if (GOVERNMENTS.contains(report.organ().kind())) {
            String all = String.join("", report.texts().values());
            List<String> missing = new ArrayList<>();
            GOVERNMENT_ITEMS.forEach((item, words) -> {
                if (words.stream().noneMatch(all::contains)) {
                    missing.add(item);
                }
            });
            // Where a government's report usually covers them.
            TextField oversight = catalog.text(TextKey.OVERSIGHT);
            if (!missing.isEmpty()) {
                out.add(new Finding(id() + ":art50", id(), Severity.W, List.of(oversight.key()),
                        Messages.get("rule.X-07.government", oversight.heading(), String.join("、", missing))));
            }
        }
    }

    /** The topics of 一 that the notice of the format asks for (30号; the trial format's notice names none). */
    private void checkTopics(Report report, FormatCatalog catalog, List<Finding> out) {
        Section one = catalog.section(SectionKey.OVERVIEW);
        String allOfOne = Texts.of(report, one);
        List<TextField> topics = one.texts().stream().filter(t -> t.heading() != null).toList();
        for (TextField topic : topics) {
            if (!report.text(topic.key()).isBlank()) {
                continue;
            }
            String name = topic.label().replaceFirst("情况$", "");
            if (!allOfOne.contains(name)) {
                out.add(finding(topic.key(), Messages.get("rule.X-07.topic", one.heading(), topic.heading(),
                        catalog.notice().name(), topics.size())));
            }
        }
    }

    private Finding finding(String textKey, String message) {
        return new Finding(id() + ":" + textKey, id(), Severity.W, List.of(textKey), message);
    }
}
