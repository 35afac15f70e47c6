package org.ogireport.format;

import java.util.Arrays;
import java.util.Optional;

/** The official format a report follows: the 2021 format or the 2019 trial format (spec §7). */
public enum FormatVersion {
    V2021("2021"),
    V2019("2019");

    private final String id;

    FormatVersion(String id) {
        this.id = id;
    }

    /** The id used in the JSON exchange format ("2021" or "2019"). */
    public String id() {
        return id;
    }

    public static Optional<FormatVersion> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    /** The format a report of the given year is written in: the trial format for 2019 and 2020. */
    public static FormatVersion forYear(int year) {
        return year <= 2020 ? V2019 : V2021;
    }
}
