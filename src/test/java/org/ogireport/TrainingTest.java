package org.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive's training run (packaging/linux/package.sh) keeps working: every command of its command
 * line part succeeds on the report it is given in the packaging, so a change of the commands cannot leave the
 * archive without their classes unnoticed. (The window's part is the app's own start.)
 */
class TrainingTest {

    @TempDir
    Path tmp;

    @Test
    void theCommandsOfTheTrainingRunSucceedOnThePackagingsReport() throws Exception {
        Path report = Path.of("packaging/linux/training-report.json");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("\"name\" : \"淮安市人民政府\"",
                "\"year\" : 2024");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Training.runCommands(tmp.resolve("data"), report, "淮安市人民政府", "2024", new PrintWriter(out),
                new PrintWriter(err))).as(err.toString()).isEmpty();
        assertThat(out.toString()).contains("已导入", "已导出到", "试读（未保存）");
    }
}
