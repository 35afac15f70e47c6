package org.ogireport.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ogireport.i18n.Messages;
import org.ogireport.io.SafeFiles;
import org.ogireport.io.summary.AccountSheet;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.server.Account;
import org.ogireport.server.Accounts;
import org.ogireport.server.Connector;
import org.ogireport.server.InboxSchema;
import org.ogireport.util.PasswordPrompt;
import org.ogireport.util.UserException;

/**
 * The shared inbox's administrator's work (ADR 0014, docs/server-admin.md): the schema and its policies, and the
 * accounts of a 汇总's units with the sheet that hands them out. Connects as the administrator (the database's
 * owner, who may create roles), never as a unit.
 */
public final class ServerAdmin {

    /** What {@link #init} did: the migrations it ran (0 when the schema was up to date) and the schema's version. */
    public record Initialised(int migrationsRun, String version) {
    }

    /**
     * What {@link #accounts} did.
     *
     * @param notMade organs left without an account, each with the reason
     */
    public record AccountsMade(Path sheet, int created, int newPasswords, int kept, List<String> notMade) {
    }

    private final Connector admin;

    private ServerAdmin(Connector admin) {
        this.admin = admin;
    }

    /**
     * @param url       the server's JDBC URL (no password in it)
     * @param adminRole the administrator's role
     */
    public static ServerAdmin connect(String url, String adminRole, PasswordPrompt prompt) {
        return new ServerAdmin(new Connector(url, adminRole, prompt));
    }

    public String where() {
        return admin.where();
    }

    /** Creates or brings up to date the inbox's schema and its policies; running it again changes nothing. */
    public Initialised init() {
        InboxSchema.Migrated m = InboxSchema.migrate(admin);
        return new Initialised(m.applied(), m.version());
    }

    /**
     * Makes an account for the compiling office of a 汇总 and for each unit of its list (vertically managed units
     * report elsewhere and get none), and writes the sheet that hands them out: unit, role, one-time password. All
     * or nothing: when the sheet cannot be written, no role is made and no password changes.
     *
     * @param url            the address the units are to use, written on the sheet
     * @param resetPasswords whether accounts that exist get a new password too (else they keep theirs)
     * @throws UserException when the list is empty, the sheet's file cannot be written, or the server refuses
     */
    public AccountsMade accounts(Compilation compilation, String url, boolean resetPasswords, Path sheet,
                                 boolean overwrite) {
        String name = sheet.getFileName() == null ? "" : sheet.getFileName().toString();
        SafeFiles.refuseFolder(sheet, Messages.get("server.sheet.exampleName"));
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserException(Messages.get("summary.extension", sheet, "xlsx"));
        }
        String compiler = compilation.compiler().name();
        Map<String, Accounts.Holder> byRole = new LinkedHashMap<>();
        byRole.put(Accounts.roleOf(compiler), new Accounts.Holder(compiler, compilation.compiler().kind().id(),
                null));
        for (Unit u : compilation.units()) {
            if (u.relation() != UnitRelation.VERTICAL) {
                byRole.putIfAbsent(Accounts.roleOf(u.name()), new Accounts.Holder(u.name(), u.kind().id(),
                        compiler));
            }
        }
        if (byRole.size() == 1) {
            throw new UserException(Messages.get("server.accounts.noUnits", compiler, compilation.year()));
        }
        String title = Messages.get("server.sheet.title", compiler, compilation.year());
        List<Account> made = Accounts.ensure(admin, List.copyOf(byRole.values()), resetPasswords, accounts ->
                SafeFiles.writeAtomically(sheet, overwrite, out -> AccountSheet.write(url, title, lines(accounts),
                        out)));
        List<String> notMade = new ArrayList<>();
        int[] counts = new int[Account.State.values().length];
        for (Account a : made) {
            counts[a.state().ordinal()]++;
            if (a.state() == Account.State.OTHER_PARENT) {
                notMade.add(a.note());
            }
        }
        return new AccountsMade(sheet, counts[Account.State.CREATED.ordinal()],
                counts[Account.State.NEW_PASSWORD.ordinal()], counts[Account.State.KEPT.ordinal()], notMade);
    }

    private static List<AccountSheet.Line> lines(List<Account> accounts) {
        return accounts.stream().map(a -> new AccountSheet.Line(a.organ(), a.role(), a.password(),
                switch (a.state()) {
                    case CREATED -> Messages.get("server.sheet.created");
                    case NEW_PASSWORD -> Messages.get("server.sheet.newPassword");
                    case KEPT -> Messages.get("server.sheet.kept");
                    case OTHER_PARENT -> a.note();
                })).toList();
    }
}
