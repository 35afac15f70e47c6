package org.ogireport.server;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.postgresql.plugin.AuthenticationPlugin;
import org.postgresql.plugin.AuthenticationRequestType;

/**
 * Gives the JDBC driver a password only when the server asks for one: the one PostgreSQL's password file holds
 * ({@code PGPASSFILE} or {@code ~/.pgpass}, which the driver has read into the connection's properties), else the
 * one the connector asks the person for. The driver makes this class by its name, with the connection's properties;
 * the connector it serves is named there by a key.
 */
public final class PasswordPlugin implements AuthenticationPlugin {

    /** The property that names the connector asking (never a password). */
    static final String KEY = "ogiPasswordSource";
    private static final Map<String, Supplier<char[]>> SOURCES = new ConcurrentHashMap<>();

    private final Properties info;

    public PasswordPlugin(Properties info) {
        this.info = info;
    }

    static String register(Supplier<char[]> source) {
        String key = UUID.randomUUID().toString();
        SOURCES.put(key, source);
        return key;
    }

    static void unregister(String key) {
        SOURCES.remove(key);
    }

    @Override
    public char[] getPassword(AuthenticationRequestType type) {
        String fromFile = info.getProperty("password");
        if (fromFile != null && !fromFile.isEmpty()) {
            return fromFile.toCharArray();
        }
        Supplier<char[]> source = SOURCES.get(info.getProperty(KEY, ""));
        return source == null ? null : source.get();
    }
}
