package org.ogireport.rules;

import java.util.List;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * How many findings of each kind a report has.
 *
 * @param errors    E findings (an explanation never removes one)
 * @param warnings  W findings, explained or not
 * @param explained the W findings the clerk has explained
 * @param hints     I findings
 */
public record FindingCounts(int errors, int warnings, int explained, int hints) {

    public static FindingCounts of(List<Finding> findings, Report report) {
        int e = 0;
        int w = 0;
        int x = 0;
        int i = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case E -> e++;
                case W -> {
                    w++;
                    x += f.explanationIn(report) == null ? 0 : 1;
                }
                case I -> i++;
            }
        }
        return new FindingCounts(e, w, x, i);
    }

    /** One line for the clerk: 共 2 个错误、1 个警告（其中 1 个已说明）、1 个提示。, or that there is nothing. */
    public String summary() {
        return errors + warnings + hints == 0 ? Messages.get("check.clean")
                : Messages.get("check.summary", errors, warnings, explained, hints);
    }

    /** The warnings still waiting for a fix or an explanation. */
    public int unexplainedWarnings() {
        return warnings - explained;
    }
}
