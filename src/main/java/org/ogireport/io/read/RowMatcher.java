package org.ogireport.io.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the rows a document shows with the rows of the catalog by their labels, keeping both in order: the best
 * pairing overall, so that a label with a typo still lands between its neighbours, and a row of the document that
 * resembles no catalog row well enough stays unpaired rather than guessed.
 */
final class RowMatcher {

    /** Below this a label is not taken for another (an unrelated label scores under 0.3, a typo over 0.8). */
    static final double MIN_SIMILARITY = 0.6;

    /**
     * A row to look for.
     *
     * @param labels the ways it may be printed, normalised: its innermost label, then with its outer labels
     */
    record Target(List<String> labels) {

        /** A target for a catalog row printed under the given merged labels (outermost first). */
        static Target ofPath(List<String> path) {
            List<String> labels = new ArrayList<>();
            for (int from = path.size() - 1; from >= 0; from--) {
                labels.add(Labels.normalize(String.join("", path.subList(from, path.size()))));
            }
            return new Target(labels);
        }

        /** How well a printed label names this row. */
        double score(String normalisedLabel) {
            double best = 0;
            for (String l : labels) {
                best = Math.max(best, Labels.similarity(normalisedLabel, l));
            }
            return best;
        }
    }

    /** A document row paired with a target, and how exactly its label matched (1 = the catalog's own words). */
    record Pair(int row, int target, double score) {
    }

    private RowMatcher() {
    }

    /** The best order-keeping pairing of printed labels with targets. */
    static List<Pair> match(List<String> rowLabels, List<Target> targets) {
        int n = rowLabels.size();
        int m = targets.size();
        double[][] score = new double[n][m];
        for (int i = 0; i < n; i++) {
            String label = Labels.normalize(rowLabels.get(i));
            for (int j = 0; j < m; j++) {
                double s = label.isEmpty() ? 0 : targets.get(j).score(label);
                score[i][j] = s >= MIN_SIMILARITY ? s : Double.NEGATIVE_INFINITY;
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                best[i][j] = Math.max(Math.max(best[i - 1][j], best[i][j - 1]),
                        best[i - 1][j - 1] + score[i - 1][j - 1]);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            if (score[i - 1][j - 1] > Double.NEGATIVE_INFINITY
                    && best[i][j] == best[i - 1][j - 1] + score[i - 1][j - 1]) {
                pairs.add(0, new Pair(i - 1, j - 1, score[i - 1][j - 1]));
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return pairs;
    }
}
