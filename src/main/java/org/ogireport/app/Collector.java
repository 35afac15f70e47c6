package org.ogireport.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ogireport.app.CollectedFile.Outcome;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.FormatVersion;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganNames;
import org.ogireport.model.Report;
import org.ogireport.model.Submission;
import org.ogireport.model.Unit;
import org.ogireport.rules.FindingCounts;
import org.ogireport.server.Received;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the files units sent into an aggregate's list: each read off the caller's thread (several at once),
 * checked for year and format, matched to its unit — surely, or the clerk is asked — and stored whole as the unit's
 * received report, or listed with the reason it was not. One file failing never stops the batch.
 */
final class Collector {

    private static final Logger LOG = LoggerFactory.getLogger(Collector.class);
    /** Folders are searched this deep for reports (a folder of units' folders). */
    private static final int DEPTH = 3;

    /** A file read: its report, or why it could not be read. */
    private record Read(Path file, Report report, String failure, String sha256, Instant modified) {
    }

    /** A read report matched to a unit already listed, or to be added (unit id 0). */
    private record Matched(Read read, Unit unit) {
    }

    private final Compilation compilation;
    /** Reports taken from the shared inbox, by the name each goes by in the batch (报送服务器#N); none for files. */
    private final Map<Path, Received> inbox;

    Collector(Compilation compilation) {
        this(compilation, Map.of());
    }

    Collector(Compilation compilation, Map<Path, Received> inbox) {
        this.compilation = compilation;
        this.inbox = Map.copyOf(inbox);
    }

    List<CollectedFile> collect(List<Path> inputs, CollectOptions options, CollectProgress progress,
                                BooleanSupplier cancelled) {
        List<Path> files = expand(inputs);
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "collect");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Read>> reads = files.stream().map(f -> pool.submit(() -> read(f))).toList();
            // Each file is told as soon as what becomes of it is settled, so a window can show the batch going.
            Map<Path, CollectedFile> done = new LinkedHashMap<>();
            Consumer<CollectedFile> settled = f -> {
                done.put(f.file(), f);
                progress.fileDone(done.size(), files.size(), f);
            };
            List<Matched> matched = new ArrayList<>();
            int read = 0;
            for (Future<Read> future : reads) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                Read file = get(future);
                progress.fileRead(++read, files.size(), file.file());
                CollectedFile refused = check(file, options, matched);
                if (refused != null) {
                    settled.accept(refused);
                }
            }
            store(matched, options, settled, cancelled);
            for (Path f : files) {
                if (!done.containsKey(f)) {
                    settled.accept(CollectedFile.notStored(f, Outcome.CANCELLED, "", List.of(), ""));
                }
            }
            return files.stream().map(done::get).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The report files of the inputs: files as given, folders searched for the kinds the readers take. */
    static List<Path> expand(List<Path> inputs) {
        List<String> extensions = Workspace.readableExtensions();
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, DEPTH)) {
                    walk.filter(Files::isRegularFile).filter(f -> extensions.contains(extension(f)))
                            .filter(f -> !f.getFileName().toString().startsWith("~$")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UserException(Messages.get("summary.folderUnreadable", p), e);
                }
            } else {
                out.add(p);
            }
        }
        return out.stream().distinct().toList();
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    private Read read(Path file) {
        Received received = inbox.get(file);
        if (received != null) {
            return read(file, received);
        }
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            String sha = sha256(file);
            return new Read(file, Workspace.preview(file, null, null).report(), null, sha, modified);
        } catch (UserException e) {
            return new Read(file, null, e.getMessage(), null, Instant.EPOCH);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A reader's bug: this file fails, the batch goes on.
            LOG.error("reading {} failed", file, e);
            return new Read(file, null, Messages.get("summary.readerFailed", file.getFileName(), e), null,
                    Instant.EPOCH);
        }
    }

    /** A report from the shared inbox: it must name the organ of the account that sent it (by any spelling). */
    private static Read read(Path name, Received received) {
        try {
            Report report = ReportJson.read(received.json().getBytes(StandardCharsets.UTF_8), name.toString())
                    .report();
            if (OrganNames.compare(report.organ().name(), received.organ()) != OrganNames.Likeness.SAME) {
                return new Read(name, null, Messages.get("server.collect.otherOrgan", report.organ().name(),
                        received.organ()), null, Instant.EPOCH);
            }
            return new Read(name, report, null, received.sha256(), received.submittedAt().toInstant());
        } catch (UserException e) {
            return new Read(name, null, e.getMessage(), null, Instant.EPOCH);
        }
    }

    private static Read get(Future<Read> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(Messages.get("summary.interrupted"), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file that cannot be this aggregate's (refused or unsure), or null after noting its unit in {@code matched}. */
    private CollectedFile check(Read read, CollectOptions options, List<Matched> matched) {
        Path f = read.file();
        if (read.report() == null) {
            return CollectedFile.notStored(f, Outcome.REFUSED, "", List.of(), read.failure());
        }
        Report r = read.report();
        int year = compilation.year();
        if (r.year() != year) {
            return CollectedFile.notStored(f, Outcome.REFUSED, r.organ().name(), List.of(),
                    Messages.get("summary.wrongYear", r.year(), year));
        }
        if (r.formatVersion() != FormatVersion.forYear(year)) {
            return CollectedFile.notStored(f, Outcome.REFUSED, r.organ().name(), List.of(),
                    Messages.get("summary.wrongFormat", r.formatVersion().id(), FormatVersion.forYear(year).id(),
                            year));
        }
        String assigned = options.assigned().get(f);
        Compilation.Match match = assigned != null ? compilation.unitNamed(assigned)
                .map(Compilation.Match::sure).orElseGet(() -> compilation.match(assigned))
                : compilation.match(r.organ().name());
        if (match.unit().isPresent()) {
            matched.add(new Matched(read, match.unit().get()));
            return null;
        }
        if (!match.candidates().isEmpty()) {
            return CollectedFile.notStored(f, Outcome.UNSURE, r.organ().name(),
                    match.candidates().stream().map(Unit::name).toList(),
                    Messages.get("summary.unsure", r.organ().name()));
        }
        if (options.knownOnly()) {
            return CollectedFile.notStored(f, Outcome.REFUSED, r.organ().name(), List.of(),
                    Messages.get("summary.notListed", r.organ().name()));
        }
        matched.add(new Matched(read, compilation.newUnitFor(r)));
        return null;
    }

    /** Stores one file per unit; two for one unit wait for the clerk (or the newer wins when told so). */
    private void store(List<Matched> matched, CollectOptions options, Consumer<CollectedFile> settled,
                       BooleanSupplier cancelled) {
        Map<String, List<Matched>> byUnit = new LinkedHashMap<>();
        for (Matched m : matched) {
            byUnit.computeIfAbsent(OrganNames.core(m.unit().name()), k -> new ArrayList<>()).add(m);
        }
        for (List<Matched> files : byUnit.values()) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            Matched chosen = files.get(0);
            if (files.size() > 1) {
                String names = String.join("、", files.stream().map(m -> m.read().file().getFileName().toString())
                        .toList());
                if (!options.takeNewest()) {
                    files.forEach(m -> settled.accept(CollectedFile.notStored(m.read().file(),
                            Outcome.CONFLICT, m.unit().name(), List.of(), Messages.get("summary.twoFiles", names))));
                    continue;
                }
                chosen = files.stream().max(Comparator.comparing(m -> m.read().modified())).orElseThrow();
                for (Matched m : files) {
                    if (m != chosen) {
                        settled.accept(CollectedFile.notStored(m.read().file(), Outcome.CONFLICT,
                                m.unit().name(), List.of(), Messages.get("summary.olderFile",
                                        chosen.read().file().getFileName())));
                    }
                }
            }
            settled.accept(storeOne(chosen, options.dryRun()));
        }
    }

    private CollectedFile storeOne(Matched m, boolean dryRun) {
        Path f = m.read().file();
        boolean added = m.unit().id() == 0;
        Unit unit = added && !dryRun ? compilation.addUnit(m.unit()) : m.unit();
        Optional<Submission> latest = added ? Optional.empty() : compilation.latestOf(unit);
        if (latest.isPresent() && latest.get().sha256().equals(m.read().sha256())) {
            return CollectedFile.notStored(f, Outcome.UNCHANGED, unit.name(), List.of(),
                    Messages.get("summary.sameFile", latest.get().fileName()));
        }
        Report report = m.read().report();
        if (!dryRun) {
            FindingCounts counts = FindingCounts.of(Workspace.validateAlone(report), report);
            compilation.receive(unit, f.getFileName().toString(), m.read().sha256(), report, counts);
        }
        return CollectedFile.stored(f, unit.name(), latest.isPresent(), added);
    }
}
