package org.ogireport.model;

import java.util.Objects;

/** An administrative organ: its full name as printed in the title, and its kind. */
public record Organ(String name, OrganKind kind) {

    public Organ {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("organ name is empty");
        }
    }
}
