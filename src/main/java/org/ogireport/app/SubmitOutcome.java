package org.ogireport.app;

import java.time.OffsetDateTime;

/**
 * What sending a report to the shared inbox came to.
 *
 * @param id          the submission's number in the inbox
 * @param submittedAt when the inbox received it (the server's clock)
 * @param added       false when the inbox held exactly this report already: nothing new was stored
 */
public record SubmitOutcome(long id, OffsetDateTime submittedAt, boolean added) {
}
