package org.ogireport.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real reports in ../shared/samples. They are not copied into the project: a test that needs one is skipped,
 * with a message naming the folder, where it is absent (a user's clone). CI has it.
 */
public final class Samples {

    private Samples() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("ogi.sharedSamples", "../shared/samples")).toAbsolutePath().normalize();
    }

    /** A sample file; skips the calling test when the samples folder is not there. */
    public static Path require(String name) {
        Path file = dir().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                () -> "skipped: sample " + name + " not found in " + dir() + " (the shared samples folder is absent)");
        return file;
    }
}
