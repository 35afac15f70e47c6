package org.ogireport.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of a data folder: their names, where they are, which are kept, and the layout of one (ADR 0007).
 *
 * <p>A backup is a zip of data: {@value #MANIFEST} (the format and its version, the app that wrote it, and the
 * size and SHA-256 of every other entry), for each draft {@code drafts/NNNN.json} (organ, year, the state the list
 * shows, and its revisions with their numbers, times, notes and causes — a cause is absent from a backup written
 * before revisions had one) and each revision's report as exchange JSON ({@code drafts/NNNN/rID.json}, spec §9);
 * for each aggregate's unit list {@code units/NNNN.json} (the compiling organ, the year, the units, what each sent
 * and the reviews) with each report received as exchange JSON ({@code units/NNNN/sID.json}); and the clerk's
 * {@value #SETTINGS}.
 */
final class Backups {

    static final String FORMAT = "ogi-report-backup";
    /** 2: drafts carry their scope, and the units of aggregates with what they sent come along. */
    static final int VERSION = 2;
    static final String MANIFEST = "manifest.json";
    static final String SETTINGS = "settings.properties";
    /** Every name a backup may hold besides the manifest. */
    static final String ENTRY_NAMES = "drafts/\\d{4,6}\\.json|drafts/\\d{4,6}/r\\d{1,18}\\.json|"
            + "units/\\d{4,6}\\.json|units/\\d{4,6}/s\\d{1,18}\\.json|" + SETTINGS.replace(".", "\\.");

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile(Pattern.quote(ReportStore.DB_NAME)
            + "-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.zip");

    /** Jackson for the manifest and the draft entries, with bounds a damaged or hostile file cannot pass. */
    static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16).maxStringLength(1_000_000).maxNumberLength(30).build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Backups() {
    }

    static String draftEntry(int draft) {
        return String.format(Locale.ROOT, "drafts/%04d.json", draft);
    }

    static String revisionEntry(int draft, long revision) {
        return String.format(Locale.ROOT, "drafts/%04d/r%d.json", draft, revision);
    }

    static String unitsEntry(int list) {
        return String.format(Locale.ROOT, "units/%04d.json", list);
    }

    static String submissionEntry(int list, long submission) {
        return String.format(Locale.ROOT, "units/%04d/s%d.json", list, submission);
    }

    /** The file a new backup is written to, named by time and why it was made (daily, manual, before-…). */
    static Path newFile(Path backupDir, OffsetDateTime now, String label) {
        return backupDir.resolve(ReportStore.DB_NAME + "-" + STAMP.format(now) + "-" + label + ".zip");
    }

    /**
     * When a backup of ours was made (the time in its name, local to the clock that wrote it) and why (daily,
     * manual, before-restore, before-vN), read from its name; empty for a file named otherwise.
     */
    static Optional<Named> named(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Named(LocalDateTime.parse(m.group(1), STAMP), m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What the name of a backup says: when it was made and why. */
    record Named(LocalDateTime made, String label) {
    }

    /** The backups in a folder, newest first. */
    static List<Path> list(Path backupDir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(backupDir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(backupDir, ReportStore.DB_NAME + "-*.zip")) {
            ds.forEach(out::add);
        } catch (IOException e) {
            LOG.warn("cannot list backups in {}", backupDir, e);
        }
        out.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        return out;
    }

    /**
     * Deletes all but the newest {@code keep} backups, never one of {@code spared} (a backup being restored from:
     * the clerk chose it, and may want it again).
     */
    static void prune(Path backupDir, int keep, Set<Path> spared) throws IOException {
        List<Path> all = list(backupDir);
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            if (!spared.contains(old.toAbsolutePath().normalize())) {
                Files.deleteIfExists(old);
            }
        }
    }
}
