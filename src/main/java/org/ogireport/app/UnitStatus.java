package org.ogireport.app;

import java.util.Optional;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Submission;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.model.Verdict;
import org.ogireport.rules.Deadline;

/**
 * A unit as the tracking board shows it: what it sent last, and where that stands.
 *
 * @param latest the last report it sent, if any
 */
public record UnitStatus(Unit unit, State state, Optional<Submission> latest) {

    /** Where a unit's report stands, in the board's order of urgency. */
    public enum State {
        NOT_SENT("summary.state.notSent"),
        ERRORS("summary.state.errors"),
        RETURNED("summary.state.returned"),
        WARNINGS("summary.state.warnings"),
        RECEIVED("summary.state.received"),
        APPROVED("summary.state.approved");

        private final String key;

        State(String key) {
            this.key = key;
        }

        /** The name shown (未报送, 有错误 …). */
        public String label() {
            return Messages.get(key);
        }
    }

    static UnitStatus of(Unit unit, Optional<Submission> latest) {
        return new UnitStatus(unit, stateOf(latest), latest);
    }

    private static State stateOf(Optional<Submission> latest) {
        if (latest.isEmpty()) {
            return State.NOT_SENT;
        }
        Submission s = latest.get();
        if (s.review().isPresent()) {
            return s.review().get().verdict() == Verdict.APPROVED ? State.APPROVED : State.RETURNED;
        }
        return s.errors() > 0 ? State.ERRORS : s.warnings() > 0 ? State.WARNINGS : State.RECEIVED;
    }

    /** When the unit's report is due (D-01): a lower government's aggregate later than a department's. */
    public Deadline deadline(int year) {
        return Deadline.of(unit.kind(), year, unit.relation() == UnitRelation.LOWER_AGGREGATE);
    }

    /** Whether its report counts in the aggregate: sent, not returned, without errors, and not vertically managed. */
    public boolean isSummed() {
        return unit.relation().isSummed() && latest.isPresent() && state != State.RETURNED && state != State.ERRORS;
    }
}
