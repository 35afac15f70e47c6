package org.ogireport.format;

import java.util.List;

/**
 * One of the official tables: its grids in print order and the sums that derive its total cells, in the order
 * they are evaluated.
 *
 * @param table       which table it is
 * @param name        its name in messages (表二)
 * @param section     the section it is printed in
 * @param grids       the grids, top to bottom
 * @param derivations the derived cells, in evaluation order
 */
public record TableSpec(TableId table, String name, SectionKey section, List<Grid> grids,
                        List<Derivation> derivations) {

    public TableSpec {
        grids = List.copyOf(grids);
        derivations = List.copyOf(derivations);
    }

    /** {@code t2}, {@code t3} or {@code t4}. */
    public String id() {
        return table.key();
    }

    /** The key of the section it is printed in. */
    public String sectionKey() {
        return section.key();
    }

    /** The only grid of a single-grid table (三, 四). */
    public Grid grid() {
        if (grids.size() != 1) {
            throw new IllegalStateException(id() + " has " + grids.size() + " grids");
        }
        return grids.get(0);
    }
}
