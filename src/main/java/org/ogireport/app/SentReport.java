package org.ogireport.app;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Scope;
import org.ogireport.model.Submission;
import org.ogireport.model.Verdict;

/**
 * A report the clerk's organ sent to the shared inbox, and where it stands with the compiling office.
 *
 * @param submittedBy the role that sent it, as the server recorded it
 * @param review      the office's latest decision, with its comment (the reason of a return)
 */
public record SentReport(long id, String organ, int year, Scope scope, OffsetDateTime submittedAt,
                         String submittedBy, Optional<Submission.Review> review) {

    /** Where a sent report stands. */
    public enum State {
        /** 已报送, not decided on yet. */
        SUBMITTED("server.state.submitted"),
        /** 已审核. */
        APPROVED("summary.state.approved"),
        /** 退回: the comment says why; correct it and send again. */
        RETURNED("summary.state.returned");

        private final String key;

        State(String key) {
            this.key = key;
        }

        public String label() {
            return Messages.get(key);
        }
    }

    public State state() {
        return review.map(r -> r.verdict() == Verdict.APPROVED ? State.APPROVED : State.RETURNED)
                .orElse(State.SUBMITTED);
    }

    /** The office's comment (empty when none). */
    public String comment() {
        return review.map(Submission.Review::comment).orElse("");
    }
}
