package org.ogireport.app;

import java.nio.file.Path;
import org.ogireport.model.ReportKey;
import org.ogireport.model.Scope;

/**
 * An export the clerk asked for.
 *
 * @param formatId  {@code docx}, {@code xlsx}, {@code html} or {@code json}
 * @param target    the file to write; its extension must be the format's
 * @param draft     whether to export a draft, marked 草稿 (allowed while errors remain); otherwise the final copy,
 *                  refused while errors remain
 * @param overwrite whether an existing file may be replaced
 */
public record ExportRequest(String organName, int year, Scope scope, String formatId, Path target, boolean draft,
                            boolean overwrite) {

    /** An export of an organ's own report. */
    public ExportRequest(String organName, int year, String formatId, Path target, boolean draft, boolean overwrite) {
        this(organName, year, Scope.OWN, formatId, target, draft, overwrite);
    }

    public ReportKey key() {
        return new ReportKey(organName, year, scope);
    }
}
