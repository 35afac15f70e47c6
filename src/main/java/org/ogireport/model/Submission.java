package org.ogireport.model;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A report a unit sent, as received: never edited (a faulty one is returned and the unit sends another).
 *
 * @param errors   its E findings when it was received
 * @param warnings its unexplained W findings when it was received
 * @param review   the office's latest decision on it, if any
 */
public record Submission(long id, long unitId, OffsetDateTime receivedAt, String fileName, String sha256,
                         int errors, int warnings, Optional<Review> review) {

    /** A decision on a submission, with the office's comment (the reason of a return). */
    public record Review(Verdict verdict, String comment, OffsetDateTime at) {
    }
}
