package org.ogireport.io.read;

/**
 * Finds the catalog's headings in the document's lines, as real reports print them: "一、" or "一." or "一，",
 * "（一）" or "(一)", the words a little different ("五、存在问题及改进情况", "（二）依申请公开办理情况"), and a
 * topic heading often run into its first sentence ("（一）主动公开情况。2024年，……").
 */
final class Headings {

    /** How alike the words after the number must be to the catalog's. */
    private static final double MIN_SIMILARITY = 0.6;
    private static final String SENTENCE_ENDS = "。：:";
    private static final String NUMBER_SEPARATORS = "、.,，";

    private Headings() {
    }

    /**
     * Whether a line begins with a heading; if so, the text that follows the heading in the same line ("" when
     * none), else null.
     *
     * @param heading the catalog's heading: "一、总体情况" or "（一）主动公开情况"
     */
    static String after(String line, String heading) {
        String catalog = Labels.normalize(heading);
        boolean bracketed = catalog.startsWith("(");
        int numberEnd = bracketed ? catalog.indexOf(')') + 1 : 1;
        String number = catalog.substring(0, numberEnd);
        String words = catalog.substring(numberEnd);
        if (!bracketed && NUMBER_SEPARATORS.indexOf(words.charAt(0)) >= 0) {
            words = words.substring(1);
        }

        int end = -1;
        for (int i = 0; i < line.length() && end < 0; i++) {
            if (SENTENCE_ENDS.indexOf(line.charAt(i)) >= 0) {
                end = i;
            }
        }
        String head = Labels.normalize(end < 0 ? line : line.substring(0, end));
        if (!head.startsWith(number)) {
            return null;
        }
        String printedWords = head.substring(number.length());
        if (!bracketed && !printedWords.isEmpty() && NUMBER_SEPARATORS.indexOf(printedWords.charAt(0)) >= 0) {
            printedWords = printedWords.substring(1);
        }
        if (Labels.similarity(printedWords, words) < MIN_SIMILARITY) {
            return null;
        }
        return end < 0 ? "" : line.substring(end + 1).strip();
    }
}
