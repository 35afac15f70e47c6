package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionInfo;
import org.ogireport.testing.TestReports;
import org.ogireport.testing.ThinFiles;
import org.ogireport.util.UserException;

/**
 * Storing what a preview read: as a new draft, replacing the draft, or kept beside it; refused when it read nothing,
 * asked for when it would replace much more than it gives, nothing done when it is the draft already; organ names
 * no longer than the store keeps; and the remembered folder.
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

    // ---- an import that reads nothing, much less, or the same ------------------------------------------------

    @Test
    void aFileThatGivesNoCellAndNoTextIsRefusedAndTheDraftStaysAsItWas() {
        ws.save(current, "保存");
        Path page = ThinFiles.pageWithoutTheReport(files, organ);

        assertThatThrownBy(() -> Workspace.preview(page, null, null)).isInstanceOf(UserException.class)
                .hasMessageContaining("“网页.html”中没有读到年报的内容").hasMessageContaining("一、总体情况");
        assertThatThrownBy(() -> ws.importFile(page, null, null, true)).isInstanceOf(UserException.class)
                .hasMessageContaining("没有读到年报的内容");
        assertThatThrownBy(() -> ws.dryRunImport(page, null, null, true)).isInstanceOf(UserException.class)
                .hasMessageContaining("没有读到年报的内容");

        assertThat(ws.require(organ, 2024)).isEqualTo(current);
        assertThat(ws.history(organ, 2024)).as("no revision added").hasSize(1);
    }

    @Test
    void aFileGivingLessThanHalfOfTheDraftReplacesItOnlyWhenAskedTo() {
        ws.save(current, "保存");
        Path few = ThinFiles.fewCells(files, 5);
        ImportOutcome read = Workspace.preview(few, null, null);
        assertThat(read.cellsRead()).isEqualTo(5);
        ImportTarget target = ws.targetOf(read);
        assertThat(target).isEqualTo(new ImportTarget(true, false, 200, current.texts().size()));
        assertThat(target.losesMuchTo(read)).isTrue();

        for (var attempt : List.<Runnable>of(() -> ws.importFile(few, null, null, false),
                () -> ws.dryRunImport(few, null, null, false))) {
            assertThatThrownBy(attempt::run).isInstanceOf(UserException.class)
                    .hasMessageContaining("“几个数.json”只读到 5 个表格单元格、0 段文字")
                    .hasMessageContaining("（200 个单元格、" + current.texts().size() + " 段文字）")
                    .hasMessageContaining("--replace");
        }
        assertThat(ws.require(organ, 2024)).isEqualTo(current);
        assertThat(ws.history(organ, 2024)).hasSize(1);

        ImportOutcome dry = ws.dryRunImport(few, null, null, true);
        assertThat(dry.stored()).isFalse();
        assertThat(dry.replacedExisting()).as("would replace").isTrue();
        assertThat(ws.history(organ, 2024)).hasSize(1);

        ImportOutcome replaced = ws.importFile(few, null, null, true);
        assertThat(replaced.replacedExisting()).isTrue();
        assertThat(ws.require(organ, 2024)).isEqualTo(read.report());
        assertThat(ws.history(organ, 2024)).hasSize(2);
    }

    @Test
    void muchLessIsFewerThanHalfOfTheDraftsCellsAndTextsTogether() {
        Report report = TestReports.empty(2024);
        ImportTarget draft = new ImportTarget(true, false, 18, 2);
        assertThat(draft.losesMuchTo(new ImportOutcome(report, List.of(), 9, 1, false, false, 0)))
                .as("half").isFalse();
        assertThat(draft.losesMuchTo(new ImportOutcome(report, List.of(), 9, 0, false, false, 0)))
                .as("one less than half").isTrue();
        assertThat(new ImportTarget(true, true, 18, 2).losesMuchTo(new ImportOutcome(report, List.of(), 1, 0, false,
                false, 0))).as("the same draft").isFalse();
        assertThat(ImportTarget.NONE.losesMuchTo(new ImportOutcome(report, List.of(), 1, 0, false, false, 0)))
                .as("no draft").isFalse();
    }

    @Test
    void importingWhatTheDraftHoldsChangesNothingAndAddsNoRevision() {
        long saved = ws.save(current, "保存");
        Path same = files.resolve("同一份.json");
        ws.export(organ, 2024, "json", same, false);

        ImportOutcome dry = ws.dryRunImport(same, null, null, false);
        assertThat(dry.unchanged()).isTrue();
        assertThat(dry.replacedExisting()).isFalse();

        ImportOutcome again = ws.importFile(same, null, null, false);
        assertThat(again.unchanged()).isTrue();
        assertThat(again.replacedExisting()).isFalse();
        assertThat(again.revisionId()).isEqualTo(saved);

        ImportOutcome kept = ws.storeImport(Workspace.preview(same, null, null), "同一份.json", true);
        assertThat(kept.unchanged()).as("kept beside it: still nothing to keep").isTrue();
        assertThat(kept.revisionId()).isEqualTo(saved);

        assertThat(ws.history(organ, 2024)).singleElement().extracting(RevisionInfo::id).isEqualTo(saved);
        assertThat(ws.require(organ, 2024)).isEqualTo(current);
    }

    // ---- the organ's name -----------------------------------------------------------------------------------

    @Test
    void anOrganNameLongerThanTheStoreKeepsIsRefusedWhereverItComesFrom() throws IOException {
        String huge = "某".repeat(100_000);
        Path json = Files.writeString(files.resolve("长名称.json"),
                ReportJson.write(current).replace("\"" + organ + "\"", "\"" + huge + "\""));
        Path page = ThinFiles.pageWithoutTheReport(files, huge);
        Path good = Files.writeString(files.resolve("年报.json"), ReportJson.write(current));

        assertThatThrownBy(() -> Workspace.preview(json, null, null)).isInstanceOf(UserException.class)
                .hasMessageContaining("长名称.json").hasMessageContaining("organ.name（机关全称）有 100000 个字")
                .hasMessageContaining("最多 200 个字");
        assertThatThrownBy(() -> ws.importFile(json, null, null, true)).isInstanceOf(UserException.class)
                .hasMessageContaining("organ.name（机关全称）有 100000 个字");
        assertThatThrownBy(() -> Workspace.preview(page, null, null)).isInstanceOf(UserException.class)
                .hasMessageContaining("“网页.html”标题中的机关名称有 100000 个字");
        assertThatThrownBy(() -> ws.importFile(good, huge, null, true)).isInstanceOf(UserException.class)
                .hasMessageContaining("指定的机关名称（--org）有 100000 个字").hasMessageContaining("200");
        assertThatThrownBy(() -> new Organ(huge, OrganKind.OTHER)).isInstanceOf(UserException.class)
                .hasMessageContaining("机关名称有 100000 个字");
        assertThat(ws.listDrafts()).as("nothing stored").isEmpty();

        String longest = "某".repeat(Organ.MAX_NAME_LENGTH);
        ws.importFile(good, longest, null, false);
        assertThat(ws.require(longest, 2024).organ().name()).isEqualTo(longest);
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
