package org.ogireport.app;

/**
 * What an explicit save did.
 *
 * @param revision     the draft's current revision after it
 * @param alreadySaved nothing had changed since the last revision the clerk saved, closed or imported: nothing new
 */
public record SaveOutcome(long revision, boolean alreadySaved) {
}
