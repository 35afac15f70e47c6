package org.ogireport.app;

import java.nio.file.Path;

/**
 * An export the clerk asked for.
 *
 * @param formatId  {@code docx}, {@code xlsx}, {@code html} or {@code json}
 * @param target    the file to write; its extension must be the format's
 * @param draft     whether to export a draft, marked 草稿 (allowed while errors remain); otherwise the final copy,
 *                  refused while errors remain
 * @param overwrite whether an existing file may be replaced
 */
public record ExportRequest(String organName, int year, String formatId, Path target, boolean draft,
                            boolean overwrite) {
}
