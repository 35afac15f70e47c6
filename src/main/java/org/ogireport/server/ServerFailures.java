package org.ogireport.server;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failure of the shared inbox means to the clerk: the server cannot be reached (the local draft is untouched,
 * send again later), refuses the role or its password, is not set up, or refuses what was asked (PostgreSQL's own
 * policies). The driver's words are logged (they never hold a password) and, where no cause is known, quoted.
 */
final class ServerFailures {

    private static final Logger LOG = LoggerFactory.getLogger(ServerFailures.class);

    private ServerFailures() {
    }

    static boolean isBadPassword(SQLException e) {
        return "28P01".equals(e.getSQLState());
    }

    /** Whether the server could not be reached, or went away in the middle. */
    static boolean isUnreachable(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.startsWith("08") || state.startsWith("57P") || cause(e, IOException.class) != null;
    }

    static UserException of(String where, String role, SQLException e) {
        LOG.warn("inbox server {} as {}: {} ({})", where, role, e.getMessage(), e.getSQLState());
        String state = String.valueOf(e.getSQLState());
        if (cause(e, SSLException.class) != null || String.valueOf(e.getMessage()).contains("SSL")) {
            return new UserException(Messages.get("server.tls", where, String.valueOf(e.getMessage())), e);
        }
        if (isBadPassword(e)) {
            return new UserException(Messages.get("server.badPassword", role, where), e);
        }
        if (state.equals("28000")) {
            return new UserException(Messages.get("server.notAllowed", role, where), e);
        }
        if (state.equals("3D000")) {
            return new UserException(Messages.get("server.noDatabase", where), e);
        }
        if (state.equals("53300")) {
            return new UserException(Messages.get("server.busy", where), e);
        }
        if (isUnreachable(e)) {
            return new UserException(Messages.get("server.unreachable", where, reason(e)), e);
        }
        if (state.equals("42P01") || state.equals("3F000")) {
            return new UserException(Messages.get("server.notInitialised", where), e);
        }
        if (state.equals("42501")) {
            return new UserException(Messages.get("server.refused", role, where), e);
        }
        return new UserException(Messages.get("server.failure", where, String.valueOf(e.getMessage())), e);
    }

    /** Why a server could not be reached, in a few words. */
    private static String reason(SQLException e) {
        if (cause(e, UnknownHostException.class) != null) {
            return Messages.get("server.reason.unknownHost");
        }
        if (cause(e, SocketTimeoutException.class) != null) {
            return Messages.get("server.reason.timeout");
        }
        if (cause(e, ConnectException.class) != null) {
            return Messages.get("server.reason.refused");
        }
        return Messages.get("server.reason.lost");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
