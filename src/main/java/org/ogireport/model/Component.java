package org.ogireport.model;

import java.util.Objects;

/**
 * A report an aggregate summed (spec §9 {@code components}): whose, which year and scope, and the SHA-256 of its
 * exchange JSON as this app writes it, so that what was summed can be told from what was sent later.
 */
public record Component(Organ organ, int year, Scope scope, String sha256) {

    public Component {
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(sha256, "sha256");
    }
}
