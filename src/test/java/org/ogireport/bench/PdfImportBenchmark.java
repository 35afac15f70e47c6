package org.ogireport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ogireport.app.Workspace;
import org.ogireport.testing.Samples;

/** Reading a 6-page published PDF (Huai'an 2024) and recognising it: ≤ 1 s, warm. */
final class PdfImportBenchmark {

    private PdfImportBenchmark() {
    }

    static void run() throws Exception {
        Path pdf = Samples.dir().resolve("huaian-city-2024.pdf");
        if (!Files.isRegularFile(pdf)) {
            System.out.println("import: skipped, " + pdf + " not found (the shared samples folder is absent)");
            return;
        }
        Bench.measure("import: a 6-page PDF (huaian-city-2024.pdf), read and recognised", 5, 15, 1000,
                i -> Bench.consume(Workspace.preview(pdf, null, null).report()));
    }
}
