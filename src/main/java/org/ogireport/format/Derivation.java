package org.ogireport.format;

import java.util.List;

/**
 * A derived cell: {@code target} = Σ {@code terms}. In a draft the target is computed, never typed; in a report
 * imported as published the printed value is kept and the rules compare it with the sum.
 *
 * @param target  the derived cell key
 * @param terms   the cell keys added up, in table order
 */
public record Derivation(String target, List<String> terms) {

    public Derivation {
        terms = List.copyOf(terms);
    }
}
