package org.ogireport.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Section;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Rule;
import org.ogireport.rules.RuleSet;
import org.ogireport.ui.KeysHelp;
import org.ogireport.ui.help.GuideContent.Entry;

/** The 填报说明 is built from the catalog and the rule set: every part, every field, every check, in both languages. */
class GuideContentTest {

    private static final List<KeysHelp.Group> KEYS = List.of(new KeysHelp.Group("表格",
            List.of(new KeysHelp.Entry("Tab", "右移"))));

    @AfterEach
    void backToChinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    private static String chapter(List<Entry> guide, String key) {
        return String.join("\n", guide.stream().filter(e -> e.chapterKey().equals(key))
                .map(e -> e.heading() + "\n" + e.text()).toList());
    }

    @Test
    void everyPartAndEveryProseFieldSaysWhatGoesThereWithAnExampleInBothLanguages() {
        for (Locale language : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            Messages.setLocale(language);
            for (FormatVersion v : FormatVersion.values()) {
                FormatCatalog catalog = FormatCatalog.of(v);
                List<Entry> guide = GuideContent.of(catalog, KEYS);
                assertThat(GuideContent.chapters(guide)).extracting(Entry::chapterKey).startsWith("s0", "s1", "s2",
                        "s3", "s4", "s5", "s6").endsWith(GuideContent.RULES, GuideContent.KEYS);
                for (Section s : catalog.sections()) {
                    assertThat(guide).as(s.heading()).anyMatch(e -> e.chapterKey().equals(s.key())
                            && e.chapter().equals(s.heading()) && e.heading().equals(Messages.get("guide.what")));
                }
                for (TextField t : catalog.texts()) {
                    String name = t.heading() != null ? t.heading() : t.label();
                    assertThat(guide).as(t.key() + " in " + language).anyMatch(e -> e.heading().equals(
                            Messages.get("guide.exampleOf", name)) && e.text().length() > 20);
                }
            }
        }
    }

    @Test
    void theOfficialWordingTheCategoriesAndTheChecksComeWithTheirPart() {
        FormatCatalog catalog = FormatCatalog.of(FormatVersion.V2021);
        List<Entry> guide = GuideContent.of(catalog, KEYS);
        assertThat(chapter(guide, "s1")).contains("篇幅原则上不超过一千字").contains("（一）主动公开情况");
        assertThat(chapter(guide, "s3")).contains(catalog.applications().grid().corner())
                .contains("三安全一稳定：国家安全、公共安全、经济安全、社会稳定").contains("T3-01：").contains("T3-04：")
                .doesNotContain("T2-01：");
        assertThat(chapter(guide, "s6")).contains("收取信息处理费情况在此处报告").contains("信息处理费（元）");
        String rules = chapter(guide, GuideContent.RULES);
        for (Rule r : RuleSet.standard().rules()) {
            assertThat(rules).contains(r.id());
        }
        assertThat(chapter(guide, GuideContent.KEYS)).contains("Tab\u3000右移");
    }

    @Test
    void aSearchFindsTheBlocksThatSayItWhateverTheChapter() {
        List<Entry> guide = GuideContent.of(FormatCatalog.of(FormatVersion.V2021), KEYS);
        List<Entry> fee = GuideContent.matching(guide, " 信息处理费 ");
        assertThat(fee).extracting(Entry::chapterKey).contains("s6", GuideContent.RULES);
        assertThat(GuideContent.matching(guide, "t3-01")).isNotEmpty();
        assertThat(GuideContent.matching(guide, "没有这几个字")).isEmpty();
        assertThat(GuideContent.matching(guide, "")).hasSameSizeAs(guide);
    }
}
