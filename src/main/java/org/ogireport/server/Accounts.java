package org.ogireport.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganNames;
import org.ogireport.util.UserException;
import org.postgresql.PGConnection;

/**
 * The accounts of the shared inbox, made by its administrator: one PostgreSQL role per organ — a unit, a compiling
 * office, or both — a member of {@code ogi_inbox}, with a row in {@code ogi.unit} naming its organ and the government
 * that collects its reports. Passwords are set as SCRAM verifiers computed here, so the server never sees them in a
 * statement (nor in its log).
 */
public final class Accounts {

    /** An organ to give an account: its name and kind, and the government that collects its reports (or null). */
    public record Holder(String organ, String kind, String parentOrgan) {
    }

    private static final Pattern ROLE = Pattern.compile("ogi_[0-9a-f]{16}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Accounts() {
    }

    /**
     * The role of an organ: {@code ogi_} and 16 hexadecimal digits of the SHA-256 of its name as names are compared
     * ({@link OrganNames#core}), so that the same organ spelled with or without its higher places has one role.
     */
    public static String roleOf(String organ) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(OrganNames.core(organ)
                    .getBytes(StandardCharsets.UTF_8));
            return "ogi_" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes sure every holder has an account, in one transaction (all or none): a new role with a new password, or
     * the role it has (with a new password when asked). An organ that another government collects already is left
     * as it is and said so.
     *
     * @param resetPasswords whether roles that exist get a new password too
     * @param handOut        given the accounts before they are committed (to write the sheet): when it throws,
     *                       nothing is made and no password changes
     */
    public static List<Account> ensure(Connector admin, List<Holder> holders, boolean resetPasswords,
                                       Consumer<List<Account>> handOut) {
        return admin.inTransaction(c -> {
            requireSchema(c, admin);
            List<Account> out = new ArrayList<>();
            for (Holder h : holders) {
                out.add(ensure(c, h, resetPasswords));
            }
            handOut.accept(out);
            return out;
        });
    }

    private static void requireSchema(Connection c, Connector admin) throws SQLException {
        boolean ready = Sql.row(c, "SELECT to_regclass('ogi.unit') IS NOT NULL", rs -> rs.getBoolean(1))
                .orElse(false);
        if (!ready) {
            throw new UserException(Messages.get("server.notInitialised", admin.where()));
        }
    }

    private static Account ensure(Connection c, Holder h, boolean resetPassword) throws SQLException {
        String role = roleOf(h.organ());
        Optional<String[]> row = Sql.row(c, """
                SELECT organ, parent_organ FROM ogi.unit WHERE role_name = ? OR organ = ?""",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, role, h.organ());
        String organ = row.map(r -> r[0]).orElse(h.organ());
        if (row.isEmpty()) {
            Sql.change(c, "INSERT INTO ogi.unit (organ, kind, parent_organ, role_name) VALUES (?, ?, ?, ?)",
                    h.organ(), h.kind(), h.parentOrgan(), role);
        } else if (h.parentOrgan() != null) {
            String parent = row.get()[1];
            if (parent != null && OrganNames.compare(parent, h.parentOrgan()) != OrganNames.Likeness.SAME) {
                return new Account(organ, role, null, Account.State.OTHER_PARENT,
                        Messages.get("server.accounts.otherParent", organ, parent));
            }
            if (parent == null) {
                Sql.change(c, "UPDATE ogi.unit SET parent_organ = ? WHERE organ = ?", h.parentOrgan(), organ);
            }
        }
        boolean exists = Sql.row(c, "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?", rs -> true, role)
                .isPresent();
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalStateException("not a role name of ours: " + role);
        }
        try (Statement st = c.createStatement()) {
            if (!exists) {
                // The name is ours (ROLE); the organ's name goes to the comment through the server's quoting.
                st.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT 20"
                        + " IN ROLE ogi_inbox");
                String comment = Sql.row(c, "SELECT format('COMMENT ON ROLE %I IS %L', ?, ?)",
                        rs -> rs.getString(1), role, Messages.get("server.accounts.roleComment", organ))
                        .orElseThrow();
                st.execute(comment);
            } else {
                st.execute("GRANT ogi_inbox TO " + role);
            }
        }
        if (exists && !resetPassword) {
            return new Account(organ, role, null, Account.State.KEPT, "");
        }
        char[] password = newPassword();
        String handedOut = new String(password);
        // The driver computes the SCRAM verifier here and wipes the array.
        c.unwrap(PGConnection.class).alterUserPassword(role, password, "scram-sha-256");
        return new Account(organ, role, handedOut,
                exists ? Account.State.NEW_PASSWORD : Account.State.CREATED, "");
    }

    /** A password of 16 letters and digits that cannot be mistaken for one another (no 0/O, 1/l/I). */
    static char[] newPassword() {
        char[] p = new char[PASSWORD_LENGTH];
        for (int i = 0; i < p.length; i++) {
            p[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return p;
    }
}
