package org.ogireport.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for one test, to make a full or a read-only disk real (needs root and mount, as in CI;
 * the test is skipped elsewhere).
 */
public final class TmpfsMount implements AutoCloseable {

    private final Path dir;

    private TmpfsMount(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs with the given options (e.g. {@code size=3m}) on a new folder, or skips the test. */
    public static TmpfsMount mount(Path dir, String options) throws Exception {
        Files.createDirectories(dir);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()) == 0,
                "skipped: cannot mount a small tmpfs here (needs root)");
        return new TmpfsMount(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Makes the mounted disk read-only, as a write-protected stick or a read-only share. */
    public void remountReadOnly() throws Exception {
        if (run("mount", "-o", "remount,ro", dir.toString()) != 0) {
            throw new IllegalStateException("cannot remount " + dir + " read-only");
        }
    }

    private static int run(String... command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
    }

    @Override
    public void close() throws Exception {
        run("umount", "-l", dir.toString());
    }
}
