package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.ReportKey;
import org.ogireport.server.Accounts;
import org.ogireport.testing.AtOnce;
import org.ogireport.testing.InboxLoad;
import org.ogireport.testing.InboxServer;
import org.ogireport.testing.InboxServerExtension;
import org.ogireport.util.UserException;

/**
 * The server goes away in the middle of a batch of submissions (stopped at once, as a power cut would): every unit
 * that did not get through is told so in words, no unit's draft changes, and once the server is back a retry by
 * every unit stores each report exactly once — also those whose submission was committed while its answer was lost.
 */
class ServerInboxFaultTest {

    private static final int UNITS = 16;

    @RegisterExtension
    static final InboxServerExtension INBOX = new InboxServerExtension(UNITS + 20);

    @TempDir
    Path tmp;

    /** A unit: its own data folder with its draft, and the inbox as its role. */
    private record Client(Workspace workspace, ServerInbox inbox, ReportKey key) {

        /** Everything the store holds of the draft: its revisions and its current content. */
        String snapshot() {
            return workspace.history(key) + ReportJson.write(workspace.require(key));
        }
    }

    @Test
    void aServerStoppedMidBatchLosesNothingAndARetryStoresEachOnce() throws Exception {
        InboxLoad.Units units = InboxLoad.setUp(INBOX.server(), UNITS);
        List<Client> clients = new ArrayList<>();
        for (String organ : units.organs()) {
            Workspace ws = Workspace.open(tmp.resolve(Accounts.roleOf(organ)));
            ws.save(ReportJson.read(units.reports().get(organ).getBytes(StandardCharsets.UTF_8), organ).report(),
                    "草稿");
            clients.add(new Client(ws, ws.inbox(new ServerLogin(INBOX.server().url(), Accounts.roleOf(organ)),
                    InboxServer.typed(units.passwords().get(organ))), ReportKey.own(organ, 2024)));
        }
        List<String> before = clients.stream().map(Client::snapshot).toList();
        try {
            CountDownLatch someThrough = new CountDownLatch(3);
            Thread stopper = new Thread(() -> {
                try {
                    someThrough.await(60, TimeUnit.SECONDS);
                    INBOX.server().cluster().stopNow();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            stopper.start();
            List<Callable<SubmitOutcome>> batch = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                Client c = clients.get(i);
                long delay = 60L * i;
                batch.add(() -> {
                    Thread.sleep(delay);
                    SubmitOutcome o = c.inbox().submit(c.key());
                    someThrough.countDown();
                    return o;
                });
            }
            List<AtOnce.Result<SubmitOutcome>> during = AtOnce.run(batch);
            stopper.join();

            assertThat(during).anyMatch(AtOnce.Result::ok).anyMatch(r -> !r.ok());
            assertThat(during).filteredOn(r -> !r.ok()).allSatisfy(r -> {
                assertThat(r.failure()).isInstanceOf(UserException.class);
                assertThat(r.failure().getMessage()).contains("报送服务器", "本地的年报没有任何改动");
            });
            assertThat(clients.stream().map(Client::snapshot).toList()).as("no draft changed").isEqualTo(before);

            INBOX.server().cluster().startServer();
            List<AtOnce.Result<SubmitOutcome>> retry = AtOnce.run(clients.stream()
                    .<Callable<SubmitOutcome>>map(c -> () -> c.inbox().submit(c.key())).toList());
            assertThat(retry).allSatisfy(r -> assertThat(r.failure()).isNull());
            for (int i = 0; i < clients.size(); i++) {
                if (during.get(i).ok()) {
                    assertThat(retry.get(i).value().added()).as("stored before the stop").isFalse();
                    assertThat(retry.get(i).value().id()).isEqualTo(during.get(i).value().id());
                }
            }
            Map<String, Integer> once = units.organs().stream().collect(Collectors.toMap(Function.identity(),
                    o -> 1));
            assertThat(InboxLoad.rowsByOrgan(INBOX.server())).isEqualTo(once);
            assertThat(clients.stream().map(Client::snapshot).toList()).isEqualTo(before);
        } finally {
            clients.forEach(c -> c.workspace().close());
        }
    }
}
