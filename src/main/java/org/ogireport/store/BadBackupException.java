package org.ogireport.store;

/** A backup file is damaged or not one of ours; the message says what was found, in the clerk's words. */
final class BadBackupException extends Exception {

    private static final long serialVersionUID = 1L;

    BadBackupException(String reason) {
        super(reason);
    }
}
