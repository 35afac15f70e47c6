package org.ogireport.model;

import java.time.OffsetDateTime;

/**
 * One saved state of a draft.
 *
 * @param note    how it came to be (导入 …, 保存, 自动保存, 恢复修订 #n …)
 * @param current whether it is the draft's present state
 */
public record RevisionInfo(long id, OffsetDateTime savedAt, String note, boolean current) {
}
