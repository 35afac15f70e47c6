package org.ogireport.io;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a report is exported besides its content.
 *
 * @param draftNote why the file is a draft (printed under the 草稿 mark), or null for the final copy
 * @param date      the day of the export: printed under the organ's name at the end unless the report has its own
 *                  成文日期 ({@link org.ogireport.model.Report#dated()})
 */
public record ExportOptions(String draftNote, LocalDate date) {

    public ExportOptions {
        Objects.requireNonNull(date, "date");
    }

    /** The copy that is filed: no draft mark. */
    public static ExportOptions finalCopy(LocalDate date) {
        return new ExportOptions(null, date);
    }

    /** A draft, marked 草稿 on every page, with the reason it is one. */
    public static ExportOptions draft(String note, LocalDate date) {
        return new ExportOptions(Objects.requireNonNull(note, "note"), date);
    }

    public boolean isDraft() {
        return draftNote != null;
    }
}
