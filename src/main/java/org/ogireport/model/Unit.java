package org.ogireport.model;

import java.util.Objects;

/**
 * A unit on the list of an aggregate: an organ whose report the compiling office (主管部门) collects and sums.
 *
 * @param id      the store's number of the unit (0 for one not stored yet)
 * @param contact the person to ask (may be empty)
 * @param phone   their telephone (may be empty)
 */
public record Unit(long id, String name, OrganKind kind, UnitRelation relation, String contact, String phone) {

    public Unit {
        name = Objects.requireNonNull(name, "name").strip();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relation, "relation");
        contact = contact == null ? "" : contact.strip();
        phone = phone == null ? "" : phone.strip();
    }

    /** A unit not stored yet. */
    public static Unit of(String name, OrganKind kind, UnitRelation relation) {
        return new Unit(0, name, kind, relation, "", "");
    }

    public Unit withId(long newId) {
        return new Unit(newId, name, kind, relation, contact, phone);
    }
}
