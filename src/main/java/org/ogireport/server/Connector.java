package org.ogireport.server;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.ogireport.i18n.Messages;
import org.ogireport.util.PasswordPrompt;
import org.ogireport.util.UserException;
import org.postgresql.Driver;

/**
 * Connections to the shared inbox as one role: the password from PostgreSQL's password file, or asked once and kept
 * in memory for this connector's later connections (never written anywhere, never logged); TLS as the URL says
 * ({@code sslmode}, default: when the server offers it). Each use opens its own connection and closes it: a clerk's
 * window may sit for hours between two submissions.
 */
public final class Connector {

    /** What is done on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final String PREFIX = "jdbc:postgresql://";

    private final String url;
    private final String role;
    private final PasswordPrompt prompt;
    /** The password the person typed, once it has opened a connection; null before. */
    private char[] typed;

    /**
     * @throws UserException when the URL is not a PostgreSQL server's or carries a password
     */
    public Connector(String url, String role, PasswordPrompt prompt) {
        this.url = checkUrl(url);
        this.role = checkRole(role);
        this.prompt = prompt;
    }

    /**
     * A JDBC URL of a PostgreSQL server, without a password in it (passwords go in the password file or are typed).
     *
     * @throws UserException saying what is expected
     */
    public static String checkUrl(String url) {
        String u = url == null ? "" : url.strip();
        if (!u.startsWith(PREFIX) || u.length() == PREFIX.length()) {
            throw new UserException(Messages.get("server.badUrl", u));
        }
        if (u.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*")) {
            throw new UserException(Messages.get("server.passwordInUrl"));
        }
        return u;
    }

    /** A role's name as PostgreSQL takes it: not empty, at most 63 bytes. */
    public static String checkRole(String role) {
        String r = role == null ? "" : role.strip();
        if (r.isEmpty() || r.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63) {
            throw new UserException(Messages.get("server.badRole", r));
        }
        return r;
    }

    public String role() {
        return role;
    }

    /** The server as a person names it: host, port and database (never the URL's parameters). */
    public String where() {
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        rest = query < 0 ? rest : rest.substring(0, query);
        try {
            URI uri = URI.create("postgresql://" + rest);
            if (uri.getHost() != null) {
                return uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                        + (uri.getPath() == null || uri.getPath().isEmpty() ? "" : uri.getPath());
            }
        } catch (IllegalArgumentException e) {
            // Several hosts, or an IPv6 literal: the text as given says enough.
        }
        return rest;
    }

    /**
     * Opens a connection as the role.
     *
     * @throws UserException when the server cannot be reached or refuses the role, in the clerk's words
     */
    public Connection open() {
        Properties p = new Properties();
        p.setProperty("user", role);
        p.setProperty("ApplicationName", "ogi-report");
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "120");
        p.setProperty("tcpKeepAlive", "true");
        // Kerberos is not used: no GSS encryption probe before TLS (and no java.security.jgss needed for it).
        p.setProperty("gssEncMode", "disable");
        p.setProperty("authenticationPluginClassName", PasswordPlugin.class.getName());
        boolean[] unanswered = {false};
        String key = PasswordPlugin.register(() -> password(unanswered));
        p.setProperty(PasswordPlugin.KEY, key);
        try {
            Connection c = new Driver().connect(url, p);
            if (c == null) {
                throw new UserException(Messages.get("server.badUrl", url));
            }
            return c;
        } catch (SQLException e) {
            if (ServerFailures.isBadPassword(e)) {
                forgetPassword();
            }
            throw unanswered[0] ? new UserException(Messages.get("server.noPassword", role, where()), e)
                    : ServerFailures.of(where(), role, e);
        } finally {
            PasswordPlugin.unregister(key);
        }
    }

    /** Opens a connection, does the work (in one transaction when it says so) and closes it. */
    public <T> T run(Work<T> work) {
        try (Connection c = open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw ServerFailures.of(where(), role, e);
        }
    }

    /** Does the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        return run(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        });
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The connection is gone: nothing was committed.
        }
    }

    private synchronized char[] password(boolean[] unanswered) {
        if (typed == null) {
            char[] given = prompt.ask(where(), role);
            if (given == null || given.length == 0) {
                unanswered[0] = true;
                return null;
            }
            typed = given.clone();
            Arrays.fill(given, '\0');
        }
        // The driver wipes what it is given.
        return typed.clone();
    }

    private synchronized void forgetPassword() {
        if (typed != null) {
            Arrays.fill(typed, '\0');
            typed = null;
        }
    }
}
