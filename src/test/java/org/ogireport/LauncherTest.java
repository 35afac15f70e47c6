package org.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void findsTheDataDirGivenBeforeTheCommand() {
        assertThat(Launcher.dataDirArgument(new String[] {"--data-dir", "/x", "list"})).isEqualTo(Path.of("/x"));
        assertThat(Launcher.dataDirArgument(new String[] {"--data-dir=/y", "list"})).isEqualTo(Path.of("/y"));
        assertThat(Launcher.dataDirArgument(new String[] {"list", "--data-dir", "/x"})).isNull();
        assertThat(Launcher.dataDirArgument(new String[] {})).isNull();
        assertThat(Launcher.dataDirArgument(new String[] {"--data-dir"})).isNull();
        assertThat(Launcher.dataDirArgument(new String[] {"--data-dir", "bad\u0000path", "list"})).isNull();
    }
}
