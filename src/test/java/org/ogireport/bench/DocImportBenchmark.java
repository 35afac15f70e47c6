package org.ogireport.bench;

import java.nio.file.Path;
import org.ogireport.app.Workspace;
import org.ogireport.testing.Converted;

/**
 * Reading a ten-page Word 97–2003 file and recognising it: ≤ 1 s, warm. The file is the Huai'an 2024 report with
 * its prose twice, exported by our Word writer and saved as .doc by LibreOffice ({@link Converted#TEN_PAGES}).
 */
final class DocImportBenchmark {

    private DocImportBenchmark() {
    }

    static void run() throws Exception {
        Path doc = Converted.fixture(Converted.TEN_PAGES);
        Bench.measure("import: a 10-page .doc (ten-pages-2024.doc), read and recognised", 5, 15, 1000,
                i -> Bench.consume(Workspace.preview(doc, null, null).report()));
    }
}
