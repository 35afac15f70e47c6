package org.ogireport.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the printed report sets the topic headings of 一 (（一）主动公开情况 …): the organ's choice of house style.
 */
public enum HeadingStyle {
    /** Each heading on a line of its own in 楷体, as GB/T 9704 sets a second-level heading. */
    OWN_LINE("own-line"),
    /**
     * As many organs print (淮安市 2024): the title bold, and each heading in bold 楷体 run into its paragraph,
     * ending with 。.
     */
    RUN_IN("run-in");

    private final String id;

    HeadingStyle(String id) {
        this.id = id;
    }

    /** The id in the exchange JSON ({@code "headingStyle": "run-in"}). */
    public String id() {
        return id;
    }

    public static Optional<HeadingStyle> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
