package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionInfo;
import org.ogireport.testing.TestReports;
import org.ogireport.testing.ThinFiles;
import org.ogireport.util.UserException;

/**
 * Storing what a preview read: as a new draft, replacing the draft, or kept beside it; refused when it read nothing;
 * and the remembered folder.
 */
class WorkspaceImportTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;

    private Workspace ws;
    private final Report current = TestReports.full(2024, 1);
    private final String organ = current.organ().name();

    @BeforeEach
    void open() {
        ws = Workspace.open(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** A file holding another version of the report (in an exchange file written from another data folder). */
    private ImportOutcome readOther(Path otherDir) {
        Report other = TestReports.full(2024, 2);
        try (Workspace elsewhere = Workspace.open(otherDir)) {
            elsewhere.save(other, "别处");
            elsewhere.export(organ, 2024, "json", files.resolve("年报.json"), false);
        }
        return Workspace.preview(files.resolve("年报.json"), null, null);
    }

    @Test
    void keepingTheCurrentDraftStoresTheImportAsARevisionToRestore(@TempDir Path otherDir) {
        ws.save(current, "保存");
        ImportOutcome read = readOther(otherDir);

        ImportOutcome stored = ws.storeImport(read, "年报.json", true);

        assertThat(stored.stored()).isTrue();
        assertThat(stored.replacedExisting()).isFalse();
        assertThat(ws.require(organ, 2024)).isEqualTo(current);
        RevisionInfo added = ws.history(organ, 2024).get(0);
        assertThat(added.id()).isEqualTo(stored.revisionId());
        assertThat(added.current()).isFalse();
        assertThat(added.note()).contains("年报.json");
        ws.restoreRevision(organ, 2024, added.id());
        assertThat(ws.require(organ, 2024)).isEqualTo(read.report());
    }

    @Test
    void replacingMakesTheImportCurrentAndKeepsTheOldStateAsARevision(@TempDir Path otherDir) {
        ws.save(current, "保存");
        ImportOutcome read = readOther(otherDir);

        ImportOutcome stored = ws.storeImport(read, "年报.json", false);

        assertThat(stored.replacedExisting()).isTrue();
        assertThat(ws.require(organ, 2024)).isEqualTo(read.report());
        assertThat(ws.history(organ, 2024)).hasSize(2).first().extracting(RevisionInfo::current).isEqualTo(true);
    }

    @Test
    void anImportFiledUnderACorrectedOrganAndYearIsANewDraft(@TempDir Path otherDir) {
        ImportOutcome read = readOther(otherDir);
        Report corrected = read.report().copyAs(new Organ("另一个局", OrganKind.COUNTY_DEPARTMENT), 2023);
        ImportOutcome asCorrected = new ImportOutcome(corrected, read.warnings(), read.cellsRead(), read.textsRead(),
                false, false, 0, read.notFound());

        ImportOutcome stored = ws.storeImport(asCorrected, "年报.json", true);

        assertThat(stored.replacedExisting()).isFalse();
        assertThat(ws.require("另一个局", 2023).organ().kind()).isEqualTo(OrganKind.COUNTY_DEPARTMENT);
        assertThat(ws.history("另一个局", 2023)).singleElement().extracting(RevisionInfo::current).isEqualTo(true);
    }

    // ---- an import that reads nothing -------------------------------------------------------------------------

    @Test
    void aFileThatGivesNoCellAndNoTextIsRefusedAndTheDraftStaysAsItWas() {
        ws.save(current, "保存");
        Path page = ThinFiles.pageWithoutTheReport(files, organ);

        assertThatThrownBy(() -> Workspace.preview(page, null, null)).isInstanceOf(UserException.class)
                .hasMessageContaining("“网页.html”中没有读到年报的内容").hasMessageContaining("一、总体情况");
        assertThatThrownBy(() -> ws.importFile(page, null, null)).isInstanceOf(UserException.class)
                .hasMessageContaining("没有读到年报的内容");

        assertThat(ws.require(organ, 2024)).isEqualTo(current);
        assertThat(ws.history(organ, 2024)).as("no revision added").hasSize(1);
    }

    @Test
    void theLastFolderIsRememberedAcrossARestartWhileItExists() throws Exception {
        assertThat(ws.lastFolder()).isEmpty();
        Path folder = Files.createDirectories(files.resolve("报送"));
        ws.rememberFolder(folder);
        ws.close();
        ws = Workspace.open(dir);
        assertThat(ws.lastFolder()).contains(folder);

        Files.delete(folder);
        assertThat(ws.lastFolder()).as("a folder deleted since").isEmpty();
    }
}
