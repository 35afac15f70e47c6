package org.ogireport.rules;

import java.util.List;

/**
 * One problem found in a report.
 *
 * @param id       the stable identity of this finding within the report (rule id and where), under which the
 *                 clerk's explanation is stored, e.g. {@code T3-01:np}
 * @param rule     the rule id of spec §6, e.g. {@code T3-01}
 * @param severity how serious it is
 * @param cells    the cell keys or text keys it points at, the most telling first
 * @param message  what is wrong, in plain words, with the expression and both sides
 */
public record Finding(String id, String rule, Severity severity, List<String> cells, String message) {

    public Finding {
        cells = List.copyOf(cells);
    }
}
