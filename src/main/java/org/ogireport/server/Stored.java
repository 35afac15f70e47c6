package org.ogireport.server;

import java.time.OffsetDateTime;

/**
 * What a submission came to.
 *
 * @param added false when the inbox held exactly this content for the organ and year already (that one is named)
 */
public record Stored(long id, OffsetDateTime submittedAt, boolean added) {
}
