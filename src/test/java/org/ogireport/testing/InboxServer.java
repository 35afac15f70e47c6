package org.ogireport.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ogireport.app.ServerAdmin;
import org.ogireport.server.Account;
import org.ogireport.server.Accounts;
import org.ogireport.server.Connector;
import org.ogireport.util.PasswordPrompt;

/**
 * A shared inbox on a private PostgreSQL cluster ({@link PostgresCluster}), set up as the admin guide says: a
 * database owned by an administrator who may create roles (not a superuser), and the schema and policies of the
 * real {@code server init} ({@link ServerAdmin#init}).
 */
public final class InboxServer implements AutoCloseable {

    public static final String DATABASE = "ogi";
    public static final String ADMIN = "ogi_admin";
    public static final String ADMIN_PASSWORD = "Admin-Secret-9";

    private final PostgresCluster cluster;

    private InboxServer(PostgresCluster cluster) {
        this.cluster = cluster;
    }

    /** Starts a cluster and sets the inbox up in it, or skips the test (see {@link PostgresCluster#start}). */
    public static InboxServer start(int maxConnections) throws Exception {
        PostgresCluster cluster = PostgresCluster.start(maxConnections);
        try {
            cluster.createAdmin(DATABASE, ADMIN, ADMIN_PASSWORD);
            ServerAdmin.connect(cluster.url(DATABASE), ADMIN, typed(ADMIN_PASSWORD)).init();
            return new InboxServer(cluster);
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    public PostgresCluster cluster() {
        return cluster;
    }

    public String url() {
        return cluster.url(DATABASE);
    }

    /** A person who types this password when asked. */
    public static PasswordPrompt typed(String password) {
        return (server, role) -> password.toCharArray();
    }

    public Connector admin() {
        return new Connector(url(), ADMIN, typed(ADMIN_PASSWORD));
    }

    /** Makes accounts for the holders; their one-time passwords by organ (as the inbox names it). */
    public Map<String, String> accounts(List<Accounts.Holder> holders) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (Account a : Accounts.ensure(admin(), holders, true, made -> { })) {
            passwords.put(a.organ(), a.password());
        }
        return passwords;
    }

    /** A plain JDBC connection as a role, for statements the app never sends. */
    public Connection connect(String role, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", role);
        p.setProperty("password", password);
        return DriverManager.getConnection(url(), p);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
