package org.ogireport.model;

import java.time.OffsetDateTime;

/**
 * One stored draft, as listed: whose, which year and scope, in which state, when last saved.
 *
 * @param errors   the E findings when it was last saved
 * @param warnings the W findings without an explanation when it was last saved
 */
public record DraftInfo(String organName, OrganKind organKind, int year, Scope scope, String formatVersion,
                        ValueMode mode, int errors, int warnings, OffsetDateTime updatedAt, long revisionId) {

    public ReportKey key() {
        return new ReportKey(organName, year, scope);
    }
}
