package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.format.CellSpec;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.TestReports;

/**
 * Our own exports read back (issue 6): the Word file and the exchange file exactly, the Excel workbook's tables
 * exactly, the web page's tables as printed — with the real writers and readers, through the use cases.
 */
class ExportImportRoundTripTest {

    @TempDir
    Path dir;

    private int exports;

    /** Stores the report in a fresh data folder and exports it; returns the file. */
    private Path export(Report report, String format) {
        exports++;
        Path data = dir.resolve("data-" + exports);
        Path out = dir.resolve("report-" + exports + "." + format);
        try (Workspace ws = Workspace.open(data)) {
            ws.save(report, "保存");
            ws.export(report.organ().name(), report.year(), format, out, false);
        }
        return out;
    }

    @Test
    void wordAndJsonComeBackExactly() {
        for (Report report : new Report[] {Huaian2024.report(), TestReports.full(2024, 5)}) {
            for (String format : new String[] {"docx", "json"}) {
                ImportOutcome back = Workspace.preview(export(report, format), null, null);
                assertThat(back.report()).as(format).isEqualTo(report);
                assertThat(back.notFound()).as(format).isEmpty();
            }
        }
    }

    @Test
    void excelComesBackCellForCell() {
        Report report = Huaian2024.report();
        ImportOutcome back = Workspace.preview(export(report, "xlsx"), null, null);
        Report read = back.report();
        assertThat(read.organ()).isEqualTo(report.organ());
        assertThat(read.year()).isEqualTo(report.year());
        for (CellSpec c : report.catalog().cells()) {
            assertThat(read.value(c.key())).as(c.key()).isEqualByComparingTo(report.value(c.key()));
        }
    }

    @Test
    void ourWebPageIsReadLikeAnyOfficesWithEveryNumberInPlace() {
        Report report = Huaian2024.report();
        ImportOutcome back = Workspace.preview(export(report, "html"), null, null);
        Report read = back.report();
        assertThat(read.organ().name()).isEqualTo(report.organ().name());
        assertThat(read.year()).isEqualTo(report.year());
        assertThat(read.mode()).isEqualTo(ValueMode.AS_PUBLISHED);
        for (CellSpec c : report.catalog().cells()) {
            assertThat(read.value(c.key())).as(c.key()).isEqualByComparingTo(report.value(c.key()));
        }
        assertThat(read.text("s1.on_request")).isEqualTo(report.text("s1.on_request"));
    }
}
