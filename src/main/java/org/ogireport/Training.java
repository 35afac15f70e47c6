package org.ogireport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.app.DataLocation;
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
        Launcher.useLogFolderOf(null);
        List<String> failed = runCommands(DataLocation.resolve(null), Path.of(args[0]), args[1], args[2],
                new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        Launcher.main(new String[0]);
        if (!failed.isEmpty()) {
            System.err.println("training: commands failed: " + failed);
            System.exit(1);
        }
    }

    /** The command line's part of the training, on a data folder; the commands that failed, with their codes. */
    static List<String> runCommands(Path data, Path report, String organ, String year, PrintWriter out,
            PrintWriter err) throws IOException {
        Path dir = Files.createTempDirectory("ogi-training");
        Path docx = dir.resolve("report.docx");
        Path xlsx = dir.resolve("report.xlsx");
        List<List<String>> commands = List.of(
                List.of("import", report.toString(), "--replace"),
                List.of("validate", "--org", organ, "--year", year),
                List.of("export", "--org", organ, "--year", year, "--format", "docx", "--out", docx.toString(),
                        "--draft"),
                List.of("export", "--org", organ, "--year", year, "--format", "xlsx", "--out", xlsx.toString(),
                        "--draft"),
                List.of("import", docx.toString(), "--dry-run", "--org", organ, "--year", year),
                List.of("list"));
        List<String> failed = new ArrayList<>();
        try {
            for (List<String> command : commands) {
                List<String> args = new ArrayList<>(List.of("--data-dir", data.toString()));
                args.addAll(command);
                int code = Cli.run(args.toArray(String[]::new), out, err);
                if (code != Cli.OK && code != Cli.REPORT_HAS_ERRORS) {
                    failed.add(String.join(" ", command) + " → " + code);
                }
            }
        } finally {
            Files.deleteIfExists(docx);
            Files.deleteIfExists(xlsx);
            Files.deleteIfExists(dir);
        }
        return failed;
    }
}
