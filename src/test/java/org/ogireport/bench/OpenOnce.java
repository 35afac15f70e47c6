package org.ogireport.bench;

import java.nio.file.Path;
import org.ogireport.app.Workspace;

/** Opens a store once in a fresh JVM and prints how long opening and listing took: the clerk's cold start. */
public final class OpenOnce {

    private OpenOnce() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            int n = ws.listDrafts().size();
            System.out.println((System.nanoTime() - t0) / 1_000_000 + " " + n);
        }
    }
}
