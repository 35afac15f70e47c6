package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Rule;
import org.ogireport.rules.RuleSet;

/** Every rule the app checks says in words what it checks, in both languages (the tooltip on its id, the guide). */
class RuleWordsTest {

    @Test
    void everyRuleOfTheRuleSetIsDescribed() {
        for (Rule rule : RuleSet.standard().rules()) {
            assertThat(RuleWords.of(rule.id())).as(rule.id()).startsWith(rule.id() + "：").hasSizeGreaterThan(20);
            assertThat(Messages.area("rules", Locale.ENGLISH).containsKey(RuleWords.PREFIX + rule.id()))
                    .as(rule.id() + " in English").isTrue();
        }
    }

    @Test
    void aHintForSeveralRulesDescribesEachAndAnUnknownIdNone() {
        assertThat(RuleWords.of("Y-01/Y-02/Y-03").lines()).hasSize(3);
        assertThat(RuleWords.of("Z-99")).isEmpty();
    }
}
