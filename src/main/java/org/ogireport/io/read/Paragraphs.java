package org.ogireport.io.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ogireport.io.read.Doc.Cell;
import org.ogireport.io.read.Doc.Kind;
import org.ogireport.io.read.Doc.Line;

/**
 * The paragraphs of a document's prose. Paragraphs and table rows are one paragraph each; printed lines (PDF) are
 * joined into paragraphs: a paragraph starts where a line is indented or the line before it stops short of the
 * right margin, which is found per page from the document's long lines.
 */
final class Paragraphs {

    /** A printed line at least this long runs from margin to margin. */
    private static final int LONG_LINE = 15;

    private final List<Line> lines;
    private final Map<Integer, float[]> margins = new HashMap<>();

    /** @param lines the whole document, to find the margins of its pages */
    Paragraphs(List<Line> lines) {
        this.lines = lines;
    }

    /**
     * The paragraphs of a stretch of lines. A note of a blank form in brackets, such as （文字描述）, is not text of
     * the report.
     *
     * @param first text before the stretch that opens it (a heading run into its text), or null
     */
    List<String> of(List<Line> region, String first) {
        List<String> paragraphs = new ArrayList<>();
        if (first != null && !first.isBlank()) {
            paragraphs.add(first.strip());
        }
        StringBuilder current = null;
        Line previous = null;
        for (Line line : region) {
            if (line.kind() != Kind.PRINTED) {
                current = null;
                previous = null;
                if (!line.text().isBlank()) {
                    paragraphs.add(line.text().strip());
                }
                continue;
            }
            String text = printedText(line);
            if (current != null && !startsParagraph(previous, line)) {
                current.append(joiner(current, text)).append(text);
                paragraphs.set(paragraphs.size() - 1, current.toString());
            } else {
                current = new StringBuilder(text);
                paragraphs.add(text);
            }
            previous = line;
        }
        paragraphs.removeIf(p -> p.isBlank() || isFormNote(p));
        return paragraphs;
    }

    private static boolean isFormNote(String paragraph) {
        String p = Labels.normalize(paragraph);
        return p.length() > 5 && p.startsWith("(") && p.endsWith(")") && p.indexOf(')') == p.length() - 1;
    }

    private boolean startsParagraph(Line previous, Line line) {
        if (previous == null) {
            return true;
        }
        float[] m = margins(line.page());
        float[] pm = margins(previous.page());
        float em = Math.max(line.size(), 1);
        boolean indented = first(line).x0() > m[0] + 0.9f * em;
        boolean previousShort = last(previous).x1() < pm[1] - 1.5f * em;
        return indented || previousShort;
    }

    /** The left and right edges of the prose on a page: where its long lines start and end. */
    private float[] margins(int page) {
        return margins.computeIfAbsent(page, p -> {
            float left = Float.MAX_VALUE;
            float right = 0;
            for (Line l : lines) {
                if (l.kind() == Kind.PRINTED && l.page() == p && l.text().length() >= LONG_LINE) {
                    left = Math.min(left, first(l).x0());
                    right = Math.max(right, last(l).x1());
                }
            }
            return left == Float.MAX_VALUE ? new float[] {0, Float.MAX_VALUE} : new float[] {left, right};
        });
    }

    private static Cell first(Line line) {
        return line.cells().get(0);
    }

    private static Cell last(Line line) {
        return line.cells().get(line.cells().size() - 1);
    }

    /** A printed line's text: its pieces joined, with a space only between two Latin words or numbers. */
    private static String printedText(Line line) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : line.cells()) {
            String t = c.text().strip();
            sb.append(joiner(sb, t)).append(t);
        }
        return sb.toString();
    }

    private static String joiner(CharSequence before, String next) {
        if (before.length() == 0 || next.isEmpty()) {
            return "";
        }
        char a = before.charAt(before.length() - 1);
        char b = next.charAt(0);
        return a < 128 && Character.isLetterOrDigit(a) && b < 128 && Character.isLetterOrDigit(b) ? " " : "";
    }
}
