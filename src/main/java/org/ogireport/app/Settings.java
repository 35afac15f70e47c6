package org.ogireport.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.ogireport.io.SafeFiles;
import org.ogireport.model.ReportKey;
import org.ogireport.model.Scope;
import org.ogireport.store.ReportStore;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clerk's small preferences, in {@value #FILE} in the data folder (which is per user): the folder the file
 * dialogs last used, the draft opened last, the government and year last compiled (汇总), the shared inbox's URL and
 * role (never a password). Losing them costs nothing, so a file that cannot be read or written is logged and ignored.
 */
final class Settings {

    static final String FILE = ReportStore.SETTINGS_FILE;
    private static final String LAST_FOLDER = "lastFolder";
    private static final String LAST_ORGAN = "lastDraft.organ";
    private static final String LAST_YEAR = "lastDraft.year";
    private static final String LAST_COMPILER = "lastCompiler";
    private static final String LAST_COMPILED_YEAR = "lastCompiledYear";
    /** The shared inbox (报送服务器): its JDBC URL and the clerk's role there. Never a password. */
    private static final String SERVER_URL = "server.url";
    private static final String SERVER_ROLE = "server.role";
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Path file;

    Settings(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** The folder a file dialog last used, while it still exists. */
    synchronized Optional<Path> lastFolder() {
        String value = read().getProperty(LAST_FOLDER);
        try {
            return Optional.ofNullable(value).map(Path::of).filter(Files::isDirectory);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    synchronized void rememberFolder(Path folder) {
        Properties p = read();
        p.setProperty(LAST_FOLDER, folder.toAbsolutePath().normalize().toString());
        write(p);
    }

    /** The organ and year of the draft opened last, when one was. */
    synchronized Optional<ReportKey> lastDraft() {
        return remembered(LAST_ORGAN, LAST_YEAR, Scope.OWN);
    }

    /** The government and year whose 汇总 was opened last, if any. */
    synchronized Optional<ReportKey> lastCompilation() {
        return remembered(LAST_COMPILER, LAST_COMPILED_YEAR, Scope.AGGREGATE);
    }

    synchronized void rememberDraft(String organName, int year) {
        remember(LAST_ORGAN, LAST_YEAR, organName, year);
    }

    synchronized void rememberCompilation(String organ, int year) {
        remember(LAST_COMPILER, LAST_COMPILED_YEAR, organ, year);
    }

    /** A report kept under an organ's and a year's setting; empty when either is missing or unreadable. */
    private Optional<ReportKey> remembered(String organKey, String yearKey, Scope scope) {
        Properties p = read();
        String organ = p.getProperty(organKey);
        try {
            int year = Integer.parseInt(p.getProperty(yearKey, ""));
            return organ == null || organ.isBlank() ? Optional.empty()
                    : Optional.of(new ReportKey(organ, year, scope));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void remember(String organKey, String yearKey, String organ, int year) {
        Properties p = read();
        p.setProperty(organKey, organ);
        p.setProperty(yearKey, Integer.toString(year));
        write(p);
    }

    private void write(Properties p) {
        try {
            SafeFiles.writeAtomically(file, true, out -> p.store(out, "ogi-report settings"));
        } catch (RuntimeException e) {
            LOG.warn("cannot write {}", file, e);
        }
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("cannot read {}", file, e);
            }
        }
        return p;
    }

    /** The shared inbox's URL and role (ADR 0014), while both are set and valid. */
    synchronized Optional<ServerLogin> serverLogin() {
        Properties p = read();
        String url = p.getProperty(SERVER_URL);
        String role = p.getProperty(SERVER_ROLE);
        if (url == null || role == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerLogin(url, role));
        } catch (UserException e) {
            LOG.warn("the server set in {} is not valid: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    synchronized void rememberServer(ServerLogin login) {
        Properties p = read();
        p.setProperty(SERVER_URL, login.url());
        p.setProperty(SERVER_ROLE, login.role());
        write(p);
    }

    synchronized void forgetServer() {
        Properties p = read();
        p.remove(SERVER_URL);
        p.remove(SERVER_ROLE);
        write(p);
    }
}
