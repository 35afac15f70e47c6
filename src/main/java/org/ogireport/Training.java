package org.ogireport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.cli.Cli;

/**
 * The packaging build's training run, not used by the app itself ({@code packaging/linux/package.sh} makes it the
 * main class of one start of the app-image). The class-data-sharing archive holds the classes that one JVM loaded,
 * so this run does in one JVM what the app does most: the command line imports a report, checks it, exports it to
 * Word and Excel and reads the Word file back (a dry run), then the window opens on the same data folder as
 * {@link Launcher} opens it (the build sets {@code OGI_EXIT_AFTER_START=1}, so it quits once shown).
 *
 * <p>Usage: {@code Training REPORT.json ORGAN YEAR} (the report as exchange JSON, its organ and year), with the
 * data folder in {@code OGI_REPORT_HOME}. The exit status is 1 when a command failed (its messages are on the
 * terminal).
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Training REPORT.json ORGAN YEAR");
            System.exit(2);
        }
        String report = args[0];
        String organ = args[1];
        String year = args[2];
        Path out = Files.createTempDirectory("ogi-training");
        String docx = out.resolve("report.docx").toString();
        List<String[]> commands = List.of(
                new String[] {"import", report, "--replace"},
                new String[] {"validate", "--org", organ, "--year", year},
                new String[] {"export", "--org", organ, "--year", year, "--format", "docx", "--out", docx, "--draft"},
                new String[] {"export", "--org", organ, "--year", year, "--format", "xlsx",
                        "--out", out.resolve("report.xlsx").toString(), "--draft"},
                new String[] {"import", docx, "--dry-run", "--org", organ, "--year", year},
                new String[] {"list"});
        Launcher.useLogFolderOf(null);
        List<String> failed = new ArrayList<>();
        for (String[] command : commands) {
            int code = Cli.run(command);
            if (code != Cli.OK && code != Cli.REPORT_HAS_ERRORS) {
                failed.add(String.join(" ", command) + " → " + code);
            }
        }
        Launcher.main(new String[0]);
        for (Path file : List.of(out.resolve("report.docx"), out.resolve("report.xlsx"), out)) {
            Files.deleteIfExists(file);
        }
        if (!failed.isEmpty()) {
            System.err.println("training: commands failed: " + failed);
            System.exit(1);
        }
    }
}
