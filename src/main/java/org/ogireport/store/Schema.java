package org.ogireport.store;

import java.util.List;

/** The schema's migrations, in order. The metadata table itself is created before them (see ReportStore). */
final class Schema {

    private Schema() {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "organs, drafts and their revisions", List.of(
                    """
                    CREATE TABLE organ(
                      id BIGINT AUTO_INCREMENT PRIMARY KEY,
                      name VARCHAR(200) NOT NULL UNIQUE,
                      kind VARCHAR(40) NOT NULL)""",
                    """
                    CREATE TABLE draft(
                      id BIGINT AUTO_INCREMENT PRIMARY KEY,
                      organ_id BIGINT NOT NULL REFERENCES organ(id),
                      report_year INT NOT NULL,
                      format_version VARCHAR(8) NOT NULL,
                      status VARCHAR(16) NOT NULL,
                      errors INT NOT NULL,
                      warnings INT NOT NULL,
                      updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
                      revision_id BIGINT,
                      UNIQUE(organ_id, report_year))""",
                    """
                    CREATE TABLE revision(
                      id BIGINT AUTO_INCREMENT PRIMARY KEY,
                      draft_id BIGINT NOT NULL REFERENCES draft(id) ON DELETE CASCADE,
                      saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
                      note VARCHAR(400) NOT NULL,
                      content CLOB NOT NULL)""",
                    "CREATE INDEX revision_by_draft ON revision(draft_id, id)")));
}
