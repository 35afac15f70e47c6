package org.ogireport.app;

/**
 * A new year begun and stored.
 *
 * @param start            what was carried over, and the draft
 * @param replacedExisting whether a draft of the year existed; its state stays a revision
 * @param revisionId       the revision the new draft was stored as
 */
public record NewYearOutcome(NewYear start, boolean replacedExisting, long revisionId) {
}
