package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.CollectedFile.Outcome;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.model.Scope;
import org.ogireport.model.Submission;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.model.Verdict;
import org.ogireport.server.Accounts;
import org.ogireport.testing.InboxServer;
import org.ogireport.testing.InboxServerExtension;
import org.ogireport.testing.UnitReports;
import org.ogireport.util.UserException;

/**
 * The shared inbox through the use cases, two levels deep: a county's department and the county's own report go
 * to the county, the county's aggregate to the city; each compiling office collects the reports it sums (never its
 * own aggregate, never a unit's report of the wrong scope), returns one, and the unit sees why when it opens its
 * report; the corrected report comes in as a resubmission. The settings keep the URL and role, never a password.
 */
class ServerInboxTest {

    private static final Organ CITY = new Organ("淮安市人民政府", OrganKind.CITY_GOVERNMENT);
    private static final Organ COUNTY = new Organ("淮安市洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT);
    private static final String DEPT = "淮安市洪泽区教育局";
    private static final String CITY_DEPT = "淮安市教育局";

    @RegisterExtension
    static final InboxServerExtension INBOX = new InboxServerExtension(30);
    private static InboxServer server;
    private static Map<String, String> passwords;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startServer() throws Exception {
        server = INBOX.server();
        passwords = server.accounts(List.of(
                new Accounts.Holder(CITY.name(), CITY.kind().id(), null),
                new Accounts.Holder(COUNTY.name(), COUNTY.kind().id(), CITY.name()),
                new Accounts.Holder(DEPT, "county-department", COUNTY.name()),
                new Accounts.Holder(CITY_DEPT, "city-department", CITY.name())));
    }

    private ServerInbox inbox(Workspace ws, String organ) {
        return ws.inbox(new ServerLogin(server.url(), Accounts.roleOf(organ)), InboxServer.typed(passwords.get(organ)));
    }

    /** A unit's data folder with its report stored, and that report sent. */
    private SubmitOutcome send(String folder, Report report) {
        try (Workspace ws = Workspace.open(tmp.resolve(folder))) {
            ws.save(report, "草稿");
            return inbox(ws, report.organ().name()).submit(ReportKey.of(report));
        }
    }

    @Test
    void twoLevelsCollectTheirOwnScopesReturnAndSeeTheComment() {
        SubmitOutcome dept = send("dept", UnitReports.of(DEPT, OrganKind.COUNTY_DEPARTMENT, 2024, 1));
        send("county-own", UnitReports.of(COUNTY.name(), OrganKind.COUNTY_GOVERNMENT, 2024, 2));
        send("city-dept", UnitReports.of(CITY_DEPT, OrganKind.CITY_DEPARTMENT, 2024, 3));

        try (Workspace county = Workspace.open(tmp.resolve("county"))) {
            Compilation c = county.compilation(COUNTY, 2024);
            ServerInbox in = inbox(county, COUNTY.name());
            List<CollectedFile> got = c.collectInbox(in, CollectOptions.defaults(), CollectProgress.NONE, () -> false);
            assertThat(got).extracting(CollectedFile::unit).containsExactlyInAnyOrder(DEPT, COUNTY.name());
            assertThat(got).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.STORED));
            assertThat(c.units()).filteredOn(u -> u.name().equals(COUNTY.name())).extracting(Unit::relation)
                    .containsExactly(UnitRelation.OWN_REPORT);
            assertThat(c.collectInbox(in, CollectOptions.defaults(), CollectProgress.NONE, () -> false))
                    .extracting(CollectedFile::outcome).containsOnly(Outcome.UNCHANGED);

            Unit unit = c.match(DEPT).unit().orElseThrow();
            assertThatThrownBy(() -> c.review(unit, Verdict.RETURNED, "表三第一列不平衡"))
                    .isInstanceOf(UserException.class).hasMessageContaining("从报送服务器收到的");
            c.review(unit, Verdict.RETURNED, "表三第一列不平衡", in);
            assertThat(c.board()).filteredOn(s -> s.unit().equals(unit)).extracting(UnitStatus::state)
                    .containsExactly(UnitStatus.State.RETURNED);

            try (Workspace deptWs = Workspace.open(tmp.resolve("dept"))) {
                SentReport seen = inbox(deptWs, DEPT).latest(ReportKey.own(DEPT, 2024)).orElseThrow();
                assertThat(seen.id()).isEqualTo(dept.id());
                assertThat(seen.state()).isEqualTo(SentReport.State.RETURNED);
                assertThat(seen.comment()).isEqualTo("表三第一列不平衡");
            }
            SubmitOutcome corrected = send("dept", UnitReports.of(DEPT, OrganKind.COUNTY_DEPARTMENT, 2024, 11));
            assertThat(corrected.added()).isTrue();
            assertThat(c.collectInbox(in, CollectOptions.defaults(), CollectProgress.NONE, () -> false))
                    .filteredOn(f -> f.unit().equals(DEPT)).extracting(CollectedFile::outcome)
                    .containsExactly(Outcome.RESUBMITTED);

            Compilation.Summed summed = c.aggregate();
            assertThat(summed.included()).containsExactlyInAnyOrder(DEPT, COUNTY.name());
            SubmitOutcome up = in.submit(c.aggregateKey());
            assertThat(up.added()).isTrue();
            assertThat(in.latest(c.aggregateKey())).hasValueSatisfying(s -> assertThat(s.scope())
                    .isEqualTo(Scope.AGGREGATE));
            assertThat(c.collectInbox(in, CollectOptions.defaults(), CollectProgress.NONE, () -> false))
                    .as("its own aggregate goes up, never into its own sum").hasSize(2);
        }

        try (Workspace city = Workspace.open(tmp.resolve("city"))) {
            Compilation c = city.compilation(CITY, 2024);
            List<CollectedFile> got = c.collectInbox(inbox(city, CITY.name()), CollectOptions.defaults(),
                    CollectProgress.NONE, () -> false);
            assertThat(got).extracting(CollectedFile::unit).containsExactlyInAnyOrder(COUNTY.name(), CITY_DEPT);
            Submission county = c.submissions(c.match(COUNTY.name()).unit().orElseThrow()).get(0);
            assertThat(c.report(county).scope()).as("the county's aggregate, not its own report")
                    .isEqualTo(Scope.AGGREGATE);
        }
    }

    @Test
    void theSettingsKeepTheServerButNeverAPassword() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("settings"))) {
            assertThat(ws.serverLogin()).isEmpty();
            ServerLogin login = new ServerLogin(server.url() + "?sslmode=prefer", Accounts.roleOf(DEPT));
            ws.rememberServer(login);
            assertThat(ws.serverLogin()).contains(login);
            inbox(ws, DEPT).organ();
            String settings = java.nio.file.Files.readString(tmp.resolve("settings").resolve(Settings.FILE));
            assertThat(settings).contains(Accounts.roleOf(DEPT)).doesNotContain(passwords.get(DEPT));
            ws.forgetServer();
            assertThat(ws.serverLogin()).isEmpty();
        }
        assertThatThrownBy(() -> new ServerLogin("jdbc:postgresql://x/ogi?user=a&password=b", "a"))
                .hasMessageContaining("不能写密码");
        assertThatThrownBy(() -> new ServerLogin("postgres://x/ogi", "a")).hasMessageContaining("JDBC 地址");
    }
}
