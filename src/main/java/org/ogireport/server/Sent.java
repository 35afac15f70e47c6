package org.ogireport.server;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.ogireport.model.Scope;
import org.ogireport.model.Submission;

/**
 * A submission in the shared inbox as its unit sees it, with the compiling office's latest decision on it.
 *
 * @param submittedBy the role that sent it (the server's {@code current_user}, never the client's word)
 */
public record Sent(long id, String organ, int year, Scope scope, String sha256, String submittedBy,
                   OffsetDateTime submittedAt, Optional<Submission.Review> review) {
}
