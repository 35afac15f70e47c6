package org.ogireport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ogireport.i18n.Messages;

/**
 * A rule in words, where the window shows its id (T3-01): what it checks, as the rule set describes it
 * ({@code rule.about.<id>} in the rules' bundle).
 */
public final class RuleWords {

    /** The prefix of a rule's description in the bundles. */
    public static final String PREFIX = "rule.about.";

    private RuleWords() {
    }

    /** The words already looked up, by language and rule id: the grid asks again after every keystroke. */
    private static final Map<String, String> WORDS = new ConcurrentHashMap<>();

    /** What a rule checks; a hint for several rules (Y-01/Y-02/Y-03) gives each; "" when none is written. */
    public static String of(String ruleId) {
        return WORDS.computeIfAbsent(Messages.locale().getLanguage() + ":" + ruleId, k -> lookUp(ruleId));
    }

    private static String lookUp(String ruleId) {
        List<String> lines = new ArrayList<>();
        for (String id : ruleId.split("/")) {
            if (Messages.bundle().containsKey(PREFIX + id)) {
                lines.add(Messages.get("ui.rule.words", id, Messages.get(PREFIX + id)));
            }
        }
        return String.join("\n", lines);
    }
}
