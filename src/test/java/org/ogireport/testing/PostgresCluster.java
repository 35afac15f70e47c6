package org.ogireport.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL cluster for the tests of the shared inbox (报送服务器): Debian's server binaries
 * ({@code /usr/lib/postgresql/N/bin}, installed by .ci/run), a fresh data folder in the temporary folder, a free
 * port on 127.0.0.1 only, passwords (SCRAM) for every connection over TCP, as a real server asks. PostgreSQL refuses
 * to run as root: as root (CI) the cluster runs as the unprivileged user {@code postgres} ({@code runuser}); as
 * anyone else, as that user. Where there are no binaries or no such user, the test is skipped with a message.
 *
 * <p>The superuser is {@value #SUPERUSER}; {@link #createAdmin} makes the inbox's administrator as the admin guide
 * does (docs/server-admin.md): a role that may create roles and owns the database, not a superuser.
 */
public final class PostgresCluster implements AutoCloseable {

    public static final String SUPERUSER = "test_super";
    public static final String SUPERUSER_PASSWORD = "super-Secret-1";
    private static final String RUN_AS = "postgres";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asRoot;
    private boolean running;

    private PostgresCluster(Path bin, Path dir, int port, boolean asRoot) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /**
     * Initialises and starts a cluster, or skips the test saying why.
     *
     * @param maxConnections how many connections the server takes at once (the load test needs 300 and more)
     */
    public static PostgresCluster start(int maxConnections) throws Exception {
        Optional<Path> bin = binaries();
        Assumptions.assumeTrue(bin.isPresent(), "skipped: no PostgreSQL server binaries (/usr/lib/postgresql/N/bin; "
                + "apt-get install postgresql, as .ci/run does)");
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        if (asRoot) {
            Assumptions.assumeTrue(run(List.of("id", "-u", RUN_AS)) == 0 && Files.isExecutable(Path.of(
                    "/usr/sbin/runuser")), "skipped: PostgreSQL refuses to run as root, and there is no user "
                    + RUN_AS + " (or no runuser) to run it as");
        }
        Path dir = Files.createTempDirectory("ogi-pg");
        PostgresCluster cluster = new PostgresCluster(bin.get(), dir, freePort(), asRoot);
        try {
            cluster.init(maxConnections);
            cluster.startServer();
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::closeQuietly));
        return cluster;
    }

    private static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .filter(v -> Integer.parseInt(v.getFileName().toString()) >= 14)
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void init(int maxConnections) throws Exception {
        Path pw = dir.resolve("pw");
        Files.writeString(pw, SUPERUSER_PASSWORD + "\n");
        if (asRoot) {
            check(run(List.of("chown", "-R", RUN_AS, dir.toString())), "chown");
        }
        Path data = dir.resolve("data");
        check(pg("initdb", "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + pw, "-A", "scram-sha-256",
                "-E", "UTF8", "--locale=C", "--no-sync"), "initdb");
        // Fast and private: no fsync (a crash of the machine loses the test cluster only), 127.0.0.1 and a socket
        // in its own folder; every statement logged, so that a test can look for passwords in the log. A commit
        // still writes the WAL before it returns (synchronous_commit stays on): off, a server killed in the middle
        // loses commits it has answered, as the fault test saw.
        String conf = String.join("\n",
                "port = " + port,
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + dir + "'",
                "max_connections = " + maxConnections,
                "shared_buffers = 64MB",
                "fsync = off",
                "full_page_writes = off",
                "log_statement = 'all'",
                "password_encryption = 'scram-sha-256'",
                "");
        Files.writeString(data.resolve("postgresql.conf"), conf, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Starts the server (again, after {@link #stop}). */
    public void startServer() throws Exception {
        check(pg("pg_ctl", "-D", dir.resolve("data").toString(), "-l", log().toString(), "-w", "-t", "120",
                "start"), "pg_ctl start");
        running = true;
    }

    /**
     * Stops the server at once, as a power cut or a killed service would: connections are dropped in the middle of
     * what they do; what was committed stays.
     */
    public void stopNow() throws Exception {
        check(pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), "pg_ctl stop");
        running = false;
    }

    /** The server's log (every statement). */
    public Path log() {
        return dir.resolve("server.log");
    }

    public String logText() throws IOException {
        return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of a database of the cluster, over TCP. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A connection as the superuser. */
    public Connection superuser(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", SUPERUSER);
        p.setProperty("password", SUPERUSER_PASSWORD);
        return DriverManager.getConnection(url(database), p);
    }

    /**
     * Makes a database and its administrator as docs/server-admin.md says: a role with LOGIN and CREATEROLE that owns
     * the database (and so the inbox's schema, once {@code server init} has made it), not a superuser.
     */
    public void createAdmin(String database, String admin, String password) throws SQLException {
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + admin + " LOGIN CREATEROLE");
            c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(admin, password.toCharArray(),
                    "scram-sha-256");
            st.execute("CREATE DATABASE " + database + " OWNER " + admin + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    private int pg(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("/usr/sbin/runuser", "-u", RUN_AS, "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        return run(command, dir.resolve("tools.out").toFile());
    }

    private static int run(List<String> command) throws Exception {
        return run(command, null);
    }

    private static int run(List<String> command, java.io.File output) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD
                        : ProcessBuilder.Redirect.appendTo(output)).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private void check(int code, String what) throws IOException {
        if (code != 0) {
            Path tools = dir.resolve("tools.out");
            throw new IllegalStateException(what + " failed (" + code + "): "
                    + (Files.exists(tools) ? Files.readString(tools) : "") + logText());
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            // At the JVM's exit: nothing more to do.
        }
    }

    @Override
    public synchronized void close() throws Exception {
        if (running) {
            pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            running = false;
        }
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
