package org.ogireport.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * One step of the schema: what takes the database from {@code version - 1} to {@code version}, as SQL statements
 * or, where SQL alone cannot say it (a constraint H2 named itself), a little code. Steps are never edited once
 * released; a change of schema is a new step.
 */
public record Migration(int version, String description, List<Step> steps) {

    /** A part of a migration, run inside its transaction. */
    @FunctionalInterface
    public interface Step {
        void apply(Connection conn) throws SQLException;
    }

    public Migration {
        steps = List.copyOf(steps);
    }

    /** A migration of plain SQL statements. */
    public static Migration sql(int version, String description, String... statements) {
        return new Migration(version, description, Arrays.stream(statements).map(Migration::statement).toList());
    }

    /** A step of one SQL statement. */
    public static Step statement(String sql) {
        return conn -> Jdbc.execute(conn, List.of(sql));
    }
}
