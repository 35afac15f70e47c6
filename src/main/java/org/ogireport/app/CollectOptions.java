package org.ogireport.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to collect a batch of files.
 *
 * @param knownOnly  refuse a report of an organ not on the unit list, instead of adding it
 * @param takeNewest of two files for one unit, store the newer (by the file's time) instead of asking
 * @param assigned   files the clerk matched to a unit by hand (an unsure match answered), by unit name
 * @param dryRun     say what would become of each file, storing nothing
 */
public record CollectOptions(boolean knownOnly, boolean takeNewest, Map<Path, String> assigned, boolean dryRun) {

    public CollectOptions {
        assigned = Map.copyOf(assigned);
    }

    public static CollectOptions defaults() {
        return new CollectOptions(false, false, Map.of(), false);
    }
}
