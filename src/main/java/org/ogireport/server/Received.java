package org.ogireport.server;

import java.time.OffsetDateTime;
import org.ogireport.model.Scope;

/**
 * A unit's newest submission of a year as its compiling office reads it from the shared inbox.
 *
 * @param organ the organ of the account that sent it (the report's own name may be spelled otherwise)
 * @param json  the exchange JSON (spec §9) as the server holds it
 */
public record Received(long id, String organ, String kind, Scope scope, String json, String sha256,
                       OffsetDateTime submittedAt) {
}
