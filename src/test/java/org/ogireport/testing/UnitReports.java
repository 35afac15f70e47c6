package org.ogireport.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ogireport.format.CellSpec;
import org.ogireport.format.TableId;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.Formats;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;

/** The reports units send for a 汇总, complete and without errors, written with the app's own writers. */
public final class UnitReports {

    private UnitReports() {
    }

    /** A unit's complete report: no 规章 (departments and 乡镇 cannot make any), so no error. */
    public static Report of(String name, OrganKind kind, int year, long seed) {
        Report r = TestReports.full(year, seed).copyAs(new Organ(name, kind), year);
        for (CellSpec cell : r.catalog().cellsOf(TableId.T2)) {
            if (cell.row().equals(r.catalog().published().regulations())) {
                r.setValue(cell.key(), BigDecimal.ZERO);
            }
        }
        return r;
    }

    /** Writes a report as a file of a format (docx, xlsx, html, json), as another office's copy of this app would. */
    public static Path write(Report report, String format, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Formats.writer(format).orElseThrow().write(report, ExportOptions.finalCopy(LocalDate.of(2025, 1, 20)), out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sum of a cell over reports (null when none filled it). */
    public static BigDecimal sum(Iterable<Report> reports, String key) {
        BigDecimal s = null;
        for (Report r : reports) {
            BigDecimal v = r.value(key);
            if (v != null) {
                s = s == null ? v : s.add(v);
            }
        }
        return s;
    }
}
