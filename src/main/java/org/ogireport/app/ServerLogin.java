package org.ogireport.app;

import org.ogireport.server.Connector;
import org.ogireport.util.UserException;

/**
 * Where the shared inbox (报送服务器) is and who the clerk is there: a JDBC URL of a PostgreSQL server and a role.
 * Never a password: that is PostgreSQL's password file's ({@code PGPASSFILE}, {@code ~/.pgpass}) or typed when asked.
 *
 * @param url  e.g. {@code jdbc:postgresql://inbox.example.gov.cn:5432/ogi?sslmode=verify-full}
 * @param role the unit's or compiling office's role, as on the account sheet
 */
public record ServerLogin(String url, String role) {

    /**
     * @throws UserException when the URL is not a PostgreSQL server's, carries a password, or the role is no name
     */
    public ServerLogin {
        url = Connector.checkUrl(url);
        role = Connector.checkRole(role);
    }
}
