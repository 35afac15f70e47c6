package org.ogireport.io;

/**
 * How the app recognises its own exports when it reads them back, exactly.
 *
 * <p>Excel: the workbook has a very hidden sheet {@value #XLSX_KEY_SHEET} whose column A holds a key and column B
 * a value or a reference. Its first rows are the metadata {@code schema} (= {@code ogi-report/1}),
 * {@code formatVersion}, {@code organ.name}, {@code organ.kind}, {@code year}, {@code status}; then one row per
 * table cell: A the cell key (e.g. {@code t3.r1.np}), B the A1 reference of the cell that shows it, with its
 * sheet (e.g. {@code 表三!C5}). The reader takes the value from the referenced cell, so a supervisor's edits in
 * the visible sheets are what is read.
 *
 * <p>Word: the package holds the exchange JSON of the exported report (spec §9) in the part
 * {@value #DOCX_JSON_PART} (content type {@value #DOCX_JSON_CONTENT_TYPE}), related from the package root by
 * {@value #DOCX_JSON_RELATIONSHIP}. Word may drop or leave stale a part it does not know when the file is edited
 * and saved, so the reader trusts the visible tables and text over the embedded JSON where they differ.
 */
public final class OwnFiles {

    public static final String XLSX_KEY_SHEET = "_keys";
    public static final String DOCX_JSON_PART = "/ogi-report/report.json";
    public static final String DOCX_JSON_CONTENT_TYPE = "application/json";
    public static final String DOCX_JSON_RELATIONSHIP = "https://ogi-report.org/relationships/report-json";

    private OwnFiles() {
    }
}
