package org.ogireport.app;

import java.nio.file.Path;
import java.util.List;
import org.ogireport.i18n.Messages;

/**
 * What collecting did with one file.
 *
 * @param unit       the unit it was stored for or belongs to (empty when none)
 * @param candidates for an unsure match, the units it may be
 * @param reason     why it was not stored, in the clerk's words (empty when it was)
 */
public record CollectedFile(Path file, Outcome outcome, String unit, boolean unitAdded, List<String> candidates,
                            String reason) {

    /** What became of a file. */
    public enum Outcome {
        /** Stored as the unit's report. */
        STORED("summary.outcome.stored"),
        /** Stored as the unit's next report, after an earlier one. */
        RESUBMITTED("summary.outcome.resubmitted"),
        /** The unit had sent exactly this file already. */
        UNCHANGED("summary.outcome.unchanged"),
        /** Its organ resembles units on the list: the clerk says which (or adds it). */
        UNSURE("summary.outcome.unsure"),
        /** Not a report of this aggregate: unreadable, of another year or format, or for no listed unit. */
        REFUSED("summary.outcome.refused"),
        /** Another file of the batch is for the same unit: which one counts is for the clerk to say. */
        CONFLICT("summary.outcome.conflict"),
        /** Left out: the clerk cancelled before it was stored. */
        CANCELLED("summary.outcome.cancelled");

        private final String key;

        Outcome(String key) {
            this.key = key;
        }

        public String label() {
            return Messages.get(key);
        }

        /** Whether the file is now the unit's report. */
        public boolean isStored() {
            return this == STORED || this == RESUBMITTED;
        }
    }

    static CollectedFile stored(Path file, String unit, boolean resubmitted, boolean unitAdded) {
        return new CollectedFile(file, resubmitted ? Outcome.RESUBMITTED : Outcome.STORED, unit, unitAdded,
                List.of(), "");
    }

    static CollectedFile notStored(Path file, Outcome outcome, String unit, List<String> candidates, String reason) {
        return new CollectedFile(file, outcome, unit, false, candidates, reason);
    }
}
