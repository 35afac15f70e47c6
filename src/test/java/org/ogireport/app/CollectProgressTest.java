package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.CollectedFile.Outcome;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.testing.UnitReports;

/**
 * Collecting tells how it goes while it goes (the window's list fills as files finish): each file as it is read,
 * and each file's outcome as soon as it is settled — a refused file before anything is stored, a stored one once it
 * is in the store.
 */
class CollectProgressTest {

    @TempDir
    Path tmp;

    @Test
    void eachFileIsToldAsItIsReadAndAsSoonAsItsOutcomeIsSettled() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        for (String name : List.of("洪泽区教育局", "洪泽区财政局")) {
            Report r = UnitReports.of(name, OrganKind.COUNTY_DEPARTMENT, 2024, name.hashCode());
            UnitReports.write(r, "json", inbox.resolve(name + ".json"));
        }
        // Last in the batch's order, but refused as soon as it is read.
        Files.writeString(inbox.resolve("说明.txt"), "请查收。");
        try (Workspace ws = Workspace.open(tmp.resolve("data"))) {
            Compilation c = ws.compilation(new Organ("淮安市洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT), 2024);
            List<String> heard = new ArrayList<>();
            List<Integer> storedWhenHeard = new ArrayList<>();
            List<CollectedFile> done = c.collect(List.of(inbox), CollectOptions.defaults(), new CollectProgress() {
                @Override
                public void fileDone(int count, int total, CollectedFile file) {
                    heard.add("done " + count + "/" + total + " " + file.file().getFileName() + " " + file.outcome());
                    storedWhenHeard.add((int) c.board().stream().filter(s -> s.latest().isPresent()).count());
                }

                @Override
                public void fileRead(int count, int total, Path file) {
                    heard.add("read " + count + "/" + total + " " + file.getFileName());
                }
            }, () -> false);

            assertThat(done).extracting(CollectedFile::outcome).containsExactly(Outcome.STORED, Outcome.STORED,
                    Outcome.REFUSED);
            assertThat(heard).containsExactly(
                    "read 1/3 洪泽区教育局.json", "read 2/3 洪泽区财政局.json", "read 3/3 说明.txt",
                    "done 1/3 说明.txt REFUSED",
                    "done 2/3 洪泽区教育局.json STORED", "done 3/3 洪泽区财政局.json STORED");
            assertThat(storedWhenHeard).as("units that had sent a report when each file was told")
                    .containsExactly(0, 1, 2);
        }
    }
}
