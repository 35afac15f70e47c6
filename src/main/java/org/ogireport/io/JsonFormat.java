package org.ogireport.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.Report;

/** The JSON exchange format as a file. */
final class JsonFormat implements ReportReader, ReportWriter {

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public boolean isPublication() {
        return false;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    public ImportResult read(Path file) {
        byte[] bytes = SafeFiles.readBounded(file, ReportJson.MAX_BYTES);
        ReportJson.ReadResult r = ReportJson.read(bytes, file.getFileName().toString());
        return new ImportResult(r.report(), r.warnings());
    }

    @Override
    public void write(Report report, ExportOptions options, OutputStream out) throws IOException {
        out.write(ReportJson.write(report).getBytes(StandardCharsets.UTF_8));
    }
}
