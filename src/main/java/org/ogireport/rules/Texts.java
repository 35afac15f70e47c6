package org.ogireport.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.ogireport.format.Section;
import org.ogireport.model.Report;

/** Reading the prose for the rules. */
final class Texts {

    private Texts() {
    }

    /** All the prose of a section, its fields one after another. */
    static String of(Report report, Section section) {
        StringBuilder sb = new StringBuilder();
        section.texts().forEach(f -> sb.append(report.text(f.key())).append('\n'));
        return sb.toString();
    }

    /** A pattern matching any of some words, the longest first so that no word is read as a shorter one inside it. */
    static Pattern alternation(Collection<String> words) {
        return Pattern.compile(String.join("|", words.stream().sorted(Comparator.comparingInt(String::length)
                .reversed()).map(Pattern::quote).toList()));
    }
}
