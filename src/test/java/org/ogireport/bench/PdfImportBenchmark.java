package org.ogireport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ogireport.app.Workspace;
import org.ogireport.testing.Samples;

/** Issue 6: a 6-page published PDF (Huai'an 2024) is read and recognised in ≤ 1 s, warm. */
final class PdfImportBenchmark implements Benchmarks.Benchmark {

    private Path pdf;

    @Override
    public String name() {
        return "import a 6-page PDF, huaian-city-2024.pdf (limit 1000 ms)";
    }

    @Override
    public double limitMillis() {
        return 1000;
    }

    @Override
    public boolean setUp() {
        pdf = Samples.dir().resolve("huaian-city-2024.pdf");
        if (!Files.isRegularFile(pdf)) {
            System.out.println(name() + ": skipped, " + pdf + " not found");
            return false;
        }
        return true;
    }

    @Override
    public void runOnce() {
        if (Workspace.preview(pdf, null, null).report().catalog().cellCount() == 0) {
            throw new IllegalStateException("nothing read");
        }
    }
}
