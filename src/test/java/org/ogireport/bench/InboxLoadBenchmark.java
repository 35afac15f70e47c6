package org.ogireport.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ogireport.server.Stored;
import org.ogireport.testing.AtOnce;
import org.ogireport.testing.InboxLoad;
import org.ogireport.testing.InboxServer;

/**
 * The shared inbox under load (issue 14): a private PostgreSQL started from nothing and set up by the real
 * {@code server init}, accounts for 300 units, then the 300 submitting at once (a thread and a connection each, their
 * own role), then the same 300 reports again at once, which must add nothing. Goal: ≤ 15 s on the 2-core machine,
 * the server's start included. Each run checks that exactly 300 rows exist, each under its own organ.
 */
final class InboxLoadBenchmark {

    private static final int UNITS = 300;

    private InboxLoadBenchmark() {
    }

    static void run() throws Exception {
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            InboxServer server;
            try {
                server = InboxServer.start(UNITS + 30);
            } catch (Exception e) {
                System.out.println("inbox: skipped — " + e.getMessage());
                return;
            }
            try (server) {
                long started = System.nanoTime();
                InboxLoad.Units units = InboxLoad.setUp(server, UNITS);
                long accounts = System.nanoTime();
                List<AtOnce.Result<Stored>> first = InboxLoad.submitAll(server, units);
                long submitted = System.nanoTime();
                List<AtOnce.Result<Stored>> again = InboxLoad.submitAll(server, units);
                long resubmitted = System.nanoTime();
                Map<String, Integer> rows = InboxLoad.rowsByOrgan(server);
                boolean right = rows.size() == UNITS && rows.values().stream().allMatch(n -> n == 1)
                        && first.stream().allMatch(r -> r.ok() && r.value().added())
                        && again.stream().allMatch(r -> r.ok() && !r.value().added());
                double total = (resubmitted - t0) / 1e9;
                System.out.printf(Locale.ROOT, "inbox, run %d: server started and initialised %.2f s, %d accounts"
                        + " %.2f s, %d submitting at once %.2f s, the same again %.2f s; total %.2f s (target ≤ 15 s:"
                        + " %s); %d rows, each once under its organ: %s%n", round, (started - t0) / 1e9, UNITS,
                        (accounts - started) / 1e9, UNITS, (submitted - accounts) / 1e9,
                        (resubmitted - submitted) / 1e9, total, total <= 15 ? "met" : "MISSED",
                        rows.values().stream().mapToInt(Integer::intValue).sum(), right ? "yes" : "NO");
            }
        }
    }
}
