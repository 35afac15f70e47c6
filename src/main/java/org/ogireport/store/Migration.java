package org.ogireport.store;

import java.util.List;

/**
 * One step of the schema: the statements that take the database from {@code version - 1} to {@code version}.
 * Steps are never edited once released; a change of schema is a new step.
 */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        statements = List.copyOf(statements);
    }
}
