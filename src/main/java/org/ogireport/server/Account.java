package org.ogireport.server;

/**
 * An organ's account in the shared inbox, as the administrator hands it out.
 *
 * @param organ    the organ as the inbox names it
 * @param role     its PostgreSQL role
 * @param password the one-time password just set (null when the role kept the one it had)
 * @param state    what was done
 * @param note     for an account not made: why (the organ's other compiling office); else empty
 */
public record Account(String organ, String role, String password, State state, String note) {

    /** What {@code server units} did for an organ. */
    public enum State {
        /** A new role, with a new password. */
        CREATED,
        /** The role existed; a new password was set. */
        NEW_PASSWORD,
        /** The role existed and keeps its password. */
        KEPT,
        /** Not made: the organ is another compiling office's unit. */
        OTHER_PARENT
    }
}
