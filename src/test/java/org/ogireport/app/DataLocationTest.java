package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.testing.TmpfsMount;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void commandLineThenEnvironmentThenThePlatformsUserDataFolder() {
        Path cli = Path.of("/srv/reports");
        Map<String, String> env = Map.of("OGI_REPORT_HOME", "/data/ogi", "XDG_DATA_HOME", "/xdg",
                "APPDATA", "C:\\Users\\张三\\AppData\\Roaming");
        assertThat(DataLocation.resolve(cli, env, "Linux", "/home/a")).isEqualTo(cli);
        assertThat(DataLocation.resolve(null, env, "Linux", "/home/a")).isEqualTo(Path.of("/data/ogi"));
        assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/xdg/ogi-report"));
        assertThat(DataLocation.resolve(null, Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/ogi-report"));
        assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/a"))
                .as("a relative XDG_DATA_HOME is ignored, as the XDG spec says")
                .isEqualTo(Path.of("/home/a/.local/share/ogi-report"));
        assertThat(DataLocation.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 10", "/home/a"))
                .isEqualTo(Path.of("/appdata/ogi-report"));
    }

    @Test
    void logsGoToTheDataFolderOrWhereThatCannotBeWrittenToTheTemporaryFolder(@TempDir Path tmp) throws Exception {
        assertThat(DataLocation.logDir(tmp)).isEqualTo(tmp.resolve("logs")).isDirectory();
        try (TmpfsMount disk = TmpfsMount.mount(tmp.resolve("disk"), "size=1m")) {
            disk.remountReadOnly();
            assertThat(DataLocation.logDir(disk.dir().resolve("data")))
                    .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "ogi-report-logs"));
        }
    }
}
