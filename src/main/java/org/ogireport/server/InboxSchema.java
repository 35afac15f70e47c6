package org.ogireport.server;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;

/**
 * The inbox's schema {@code ogi} in the administrator's database, made and brought up to date by Flyway: the tables
 * (versioned migrations, V*.sql) and who may do what (R__policies.sql, run again whenever it changes). Running it
 * twice changes nothing.
 */
public final class InboxSchema {

    public static final String SCHEMA = "ogi";
    private static final String MIGRATIONS = "classpath:org/ogireport/server/migration";

    /** What {@link #migrate} did: the migrations it ran, and the schema's version now. */
    public record Migrated(int applied, String version) {
    }

    private InboxSchema() {
    }

    /**
     * Creates or updates the schema and its policies, as the administrator (the database's owner, who may create
     * roles).
     *
     * @throws UserException when the database is not UTF-8, the server cannot be reached, or a migration fails
     */
    public static Migrated migrate(Connector admin) {
        String encoding = admin.run(c -> Sql.row(c, "SHOW server_encoding", rs -> rs.getString(1)).orElse(""));
        if (!encoding.equalsIgnoreCase("UTF8")) {
            throw new UserException(Messages.get("server.notUtf8", admin.where(), encoding));
        }
        Flyway flyway = Flyway.configure(InboxSchema.class.getClassLoader())
                .dataSource(new ConnectorDataSource(admin))
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations(MIGRATIONS)
                .placeholderReplacement(false)
                .cleanDisabled(true)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            String version = flyway.info().current() == null ? "0" : flyway.info().current().getVersion() == null
                    ? "0" : flyway.info().current().getVersion().getVersion();
            return new Migrated(result.migrationsExecuted, version);
        } catch (FlywayException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UserException u) {
                    throw u;
                }
                if (t instanceof SQLException s) {
                    throw ServerFailures.of(admin.where(), admin.role(), s);
                }
            }
            throw new UserException(Messages.get("server.migrationFailed", admin.where(), e.getMessage()), e);
        }
    }

    /** The connector as the data source Flyway takes (every connection it opens is the administrator's). */
    private record ConnectorDataSource(Connector connector) implements DataSource {

        @Override
        public Connection getConnection() {
            return connector.open();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("the connector's role only");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // Flyway logs through SLF4J.
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // The connector sets its own (connectTimeout).
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
