package org.ogireport.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Scope;
import org.ogireport.server.Accounts;
import org.ogireport.server.Connector;
import org.ogireport.server.Inbox;
import org.ogireport.server.Stored;

/**
 * Many units submitting to the shared inbox at once, each with its own role on its own connection: the suite's
 * concurrency test and the benchmark of 300 (docs/benchmarks.md) share it.
 */
public final class InboxLoad {

    public static final String COUNTY = "淮安市洪泽区人民政府";

    /** Units with accounts: their organs, one-time passwords and reports (exchange JSON). */
    public record Units(List<String> organs, Map<String, String> passwords, Map<String, String> reports) {
    }

    private InboxLoad() {
    }

    /** Accounts for the county and {@code n} of its departments, and a report of each (all different). */
    public static Units setUp(InboxServer server, int n) {
        List<Accounts.Holder> holders = new ArrayList<>(List.of(new Accounts.Holder(COUNTY, "county-government",
                null)));
        Map<String, String> reports = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
            String organ = "洪泽区第" + i + "号机关";
            holders.add(new Accounts.Holder(organ, "county-department", COUNTY));
            reports.put(organ, ReportJson.write(UnitReports.of(organ, OrganKind.COUNTY_DEPARTMENT, 2024, i)));
        }
        Map<String, String> passwords = server.accounts(holders);
        return new Units(List.copyOf(reports.keySet()), passwords, reports);
    }

    /** Every unit submits its report at once, each as its own role on a connection of its own. */
    public static List<AtOnce.Result<Stored>> submitAll(InboxServer server, Units units) throws InterruptedException {
        List<Callable<Stored>> tasks = new ArrayList<>();
        for (String organ : units.organs()) {
            tasks.add(() -> new Inbox(new Connector(server.url(), Accounts.roleOf(organ),
                    InboxServer.typed(units.passwords().get(organ)))).submit(organ, 2024, Scope.OWN,
                    units.reports().get(organ)));
        }
        return AtOnce.run(tasks);
    }

    /** How many submissions each organ has, and whether each holds that organ's own report, as the admin sees them. */
    public static Map<String, Integer> rowsByOrgan(InboxServer server) throws Exception {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Connection c = server.admin().open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT organ, count(*) FROM ogi.submission"
                     + " WHERE content -> 'organ' ->> 'name' = organ GROUP BY organ")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getInt(2));
            }
        }
        try (Connection c = server.admin().open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM ogi.submission"
                     + " WHERE content -> 'organ' ->> 'name' <> organ")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                rows.put("(under another organ)", rs.getInt(1));
            }
        }
        return rows;
    }
}
