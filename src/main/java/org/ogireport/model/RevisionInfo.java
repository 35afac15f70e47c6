package org.ogireport.model;

import java.time.OffsetDateTime;

/**
 * One saved state of a draft.
 *
 * @param note    how it came to be, in words (导入 …, 保存, 自动保存, 关闭时保存, 恢复修订 #n …)
 * @param current whether it is the draft's present state
 * @param cause   what made it (autosaves are pruned, the others kept)
 * @param summary what changed since the revision before it, in one line; null when not worked out
 */
public record RevisionInfo(long id, OffsetDateTime savedAt, String note, boolean current, RevisionCause cause,
                           String summary) {

    /** The same revision with the summary of what changed. */
    public RevisionInfo withSummary(String text) {
        return new RevisionInfo(id, savedAt, note, current, cause, text);
    }
}
