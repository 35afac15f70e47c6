package org.ogireport.io.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a printed column heading may wrap: between its words, never inside one (商业/企业, not 商业企/业). Chinese has
 * no spaces, so the words are found by how the format's headings are built: a bracketed part （单位：万元） is one
 * word, a run of an even number of characters is made of two-character words (社会/公益/组织, 结果/维持), and a run
 * of an odd number is one word (自然人, 复议后起诉).
 */
public final class LabelWords {

    private LabelWords() {
    }

    /** The words of a heading, in order; joined they give the heading back. */
    public static List<String> of(String label) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= label.length(); i++) {
            if (i == label.length() || label.charAt(i) == '（') {
                split(label.substring(start, i), words);
                start = i;
            }
        }
        return words;
    }

    private static void split(String part, List<String> words) {
        boolean letters = part.chars().allMatch(c -> ReportContent.isWide(c) && Character.isLetter(c));
        if (!letters || part.length() % 2 != 0) {
            words.add(part);
            return;
        }
        for (int i = 0; i < part.length(); i += 2) {
            words.add(part.substring(i, i + 2));
        }
    }

    /**
     * A heading in lines of at most {@code ems} (a Chinese character is one em, a digit half of one), broken only
     * between words; a word longer than a line gets a line of its own.
     */
    public static List<String> lines(String label, double ems) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : of(label)) {
            if (line.length() > 0 && ReportContent.ems(line + word) > ems) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
