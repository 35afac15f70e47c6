package org.ogireport.util;

/**
 * Asks the person at the keyboard for a password when a server wants one and PostgreSQL's password file has none
 * (the command line asks on the terminal, the window in a dialog). A password is never written anywhere.
 */
@FunctionalInterface
public interface PasswordPrompt {

    /** Nobody can be asked (no terminal): only the password file can serve. */
    PasswordPrompt NONE = (server, role) -> null;

    /**
     * @param server where the password is for, as the person knows it (host, port and database)
     * @param role   whose password it is
     * @return the password, or null when none is given (cancelled, or nobody to ask)
     */
    char[] ask(String server, String role);
}
