package org.ogireport.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.ogireport.io.SafeFiles;
import org.ogireport.store.ReportStore;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clerk's small preferences, in {@value #FILE} in the data folder (which is per user): the folder the file
 * dialogs last used, the shared inbox's URL and role (never a password). Losing them costs nothing, so a file that
 * cannot be read or written is logged and ignored.
 */
final class Settings {

    static final String FILE = ReportStore.SETTINGS_FILE;
    private static final String LAST_FOLDER = "lastFolder";
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

    /** The shared inbox's URL and role (ADR 0011), while both are set and valid. */
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
