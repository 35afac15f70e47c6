package org.ogireport.util;

/**
 * A failure the user can understand and act on: bad input, a file that cannot be read or written, a store in use
 * by another copy of the app. Its message is complete, in the user's language, and names the place and what is
 * expected; it is shown as it is, never with a stack trace.
 */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
