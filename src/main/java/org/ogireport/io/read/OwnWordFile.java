package org.ogireport.io.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Section;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.io.ImportResult;
import org.ogireport.model.CellInput;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.util.UserException;

/**
 * Our own Word export, read back exactly: the report it carries gives the organ, year, status, exact decimals and
 * explanations. Word may leave that part stale when someone edits the file, so what the file shows wins where
 * it was read and differs: a cell read from the tables, a section's prose whose words changed.
 */
final class OwnWordFile {

    /** Room for the sub-headings an export may print between a section's texts, in characters. */
    private static final int PRINTED_HEADINGS = 120;

    private OwnWordFile() {
    }

    /**
     * Reads our Word file; when the report it carries is broken, the file is read like any other office's (with
     * the organ and year given, if any) and that is said.
     */
    static ImportResult read(byte[] json, Doc doc, String source, String organName, Integer year) {
        ReportJson.ReadResult carried;
        try {
            carried = ReportJson.read(json, source);
        } catch (UserException broken) {
            ImportResult shown = Recogniser.recognise(doc, organName, year, source);
            List<String> warnings = new ArrayList<>(shown.warnings());
            warnings.add(0, Messages.get("import.ownBroken", source));
            return new ImportResult(shown.report(), warnings, shown.notFound());
        }
        Report report = carried.report();
        List<String> warnings = new ArrayList<>(carried.warnings());
        ImportResult shown;
        try {
            shown = Recogniser.recognise(doc, report.organ().name(), report.year(), source);
        } catch (UserException e) {
            warnings.add(Messages.get("import.ownUnchecked", source));
            return new ImportResult(report, warnings);
        }
        if (shown.report().formatVersion() != report.formatVersion()) {
            warnings.add(Messages.get("import.ownUnchecked", source));
            return new ImportResult(report, warnings);
        }
        List<String> changed = new ArrayList<>();
        FormatCatalog catalog = report.catalog();
        for (CellSpec cell : catalog.cells()) {
            BigDecimal seen = shown.report().value(cell.key());
            BigDecimal kept = report.value(cell.key());
            boolean derivedInDraft = cell.isDerived() && report.mode() == ValueMode.COMPUTED;
            if (seen != null && !shown.notFound().contains(cell.key()) && !derivedInDraft
                    && (kept == null || seen.compareTo(kept) != 0)) {
                report.setValue(cell.key(), seen);
                changed.add(CellInput.place(catalog, cell));
            }
        }
        for (Section section : catalog.sections()) {
            boolean sectionShown = section.texts().stream().anyMatch(t -> !shown.notFound().contains(t.key()));
            if (sectionShown && !section.texts().isEmpty() && !sameWords(section, shown.report(), report)) {
                for (TextField t : section.texts()) {
                    report.setText(t.key(), shown.report().texts().get(t.key()));
                }
                changed.add(section.heading());
            }
        }
        if (!changed.isEmpty()) {
            int shownCount = Math.min(3, changed.size());
            String list = String.join("、", changed.subList(0, shownCount));
            warnings.add(Messages.get("import.ownEdited", source, changed.size() > shownCount
                    ? Messages.get("import.andMore", list) : list));
        }
        return new ImportResult(report, warnings);
    }

    /**
     * Whether the file still shows a section's prose as exported: every text of the carried report in order, with
     * no more around it than the sub-headings an export prints between them.
     */
    private static boolean sameWords(Section section, Report shown, Report carried) {
        String seen = words(section, shown);
        int at = 0;
        for (TextField t : section.texts()) {
            String text = carried.text(t.key()).replaceAll("\\s", "");
            int found = seen.indexOf(text, at);
            if (found < 0) {
                return false;
            }
            at = found + text.length();
        }
        return seen.length() - words(section, carried).length() <= PRINTED_HEADINGS;
    }

    private static String words(Section section, Report report) {
        StringBuilder sb = new StringBuilder();
        section.texts().forEach(t -> sb.append(report.text(t.key())));
        return sb.toString().replaceAll("\\s", "");
    }
}
