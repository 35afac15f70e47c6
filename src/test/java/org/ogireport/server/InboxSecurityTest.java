package org.ogireport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Scope;
import org.ogireport.model.Verdict;
import org.ogireport.testing.InboxServer;
import org.ogireport.testing.InboxServerExtension;
import org.ogireport.testing.UnitReports;
import org.ogireport.util.UserException;

/**
 * The inbox's security is the database's: each test connects with a unit's or compiling office's own role, the
 * schema and policies being those the real {@code server init} installs, and asks PostgreSQL for what it must refuse.
 * Two counties (A and B) each compile their departments; 县A has two (甲局, 乙局), 县B one (丙局).
 */
class InboxSecurityTest {

    private static final String COUNTY_A = "淮安市洪泽区人民政府";
    private static final String COUNTY_B = "淮安市金湖县人民政府";
    private static final String UNIT_A = "淮安市洪泽区教育局";
    private static final String UNIT_B = "淮安市洪泽区财政局";
    private static final String UNIT_C = "淮安市金湖县教育局";
    /** An organ's name as a hostile list could carry it: quotes and SQL. */
    private static final String HOSTILE = "淮安市洪泽区'); DROP TABLE ogi.submission; --\"局";

    @RegisterExtension
    static final InboxServerExtension INBOX = new InboxServerExtension(40);
    private static InboxServer server;
    private static Map<String, String> passwords;

    @BeforeAll
    static void startServer() throws Exception {
        server = INBOX.server();
        passwords = server.accounts(List.of(
                new Accounts.Holder(COUNTY_A, "county-government", null),
                new Accounts.Holder(COUNTY_B, "county-government", null),
                new Accounts.Holder(UNIT_A, "county-department", COUNTY_A),
                new Accounts.Holder(UNIT_B, "county-department", COUNTY_A),
                new Accounts.Holder(UNIT_C, "county-department", COUNTY_B),
                new Accounts.Holder(HOSTILE, "county-department", COUNTY_A)));
        for (String organ : List.of(UNIT_A, UNIT_B, UNIT_C, HOSTILE)) {
            inbox(organ).submit(organ, 2024, Scope.OWN, json(organ, 1));
        }
    }

    private static Inbox inbox(String organ) {
        return new Inbox(new Connector(server.url(), Accounts.roleOf(organ), InboxServer.typed(passwords.get(organ))));
    }

    private static Connection as(String organ) throws SQLException {
        return server.connect(Accounts.roleOf(organ), passwords.get(organ));
    }

    private static String json(String organ, long seed) {
        return ReportJson.write(UnitReports.of(organ, OrganKind.COUNTY_DEPARTMENT, 2024, seed));
    }

    private static List<String> organs(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static SQLException refused(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("PostgreSQL let this through: " + sql);
    }

    @Test
    void aUnitReadsOnlyItsOwnSubmissionsAndAccount() throws Exception {
        try (Connection a = as(UNIT_A)) {
            assertThat(organs(a, "SELECT organ FROM ogi.submission")).containsOnly(UNIT_A).isNotEmpty();
            assertThat(organs(a, "SELECT organ FROM ogi.unit")).containsExactly(UNIT_A);
            assertThat(organs(a, "SELECT organ FROM ogi.submission WHERE organ = '" + UNIT_B + "'")).isEmpty();
            assertThat(organs(a, "SELECT CAST(submission_id AS text) FROM ogi.review")).isEmpty();
            assertThat(refused(a, "SELECT * FROM ogi.flyway_schema_history").getSQLState()).isEqualTo("42501");
        }
        assertThat(inbox(UNIT_A).sent(null)).extracting(Sent::organ).containsOnly(UNIT_A);
    }

    @Test
    void aUnitCannotSubmitForAnother() throws Exception {
        try (Connection a = as(UNIT_A)) {
            SQLException e = refused(a, "INSERT INTO ogi.submission (organ, report_year, scope, content)"
                    + " VALUES (?, 2024, 'own', CAST(? AS jsonb))", UNIT_B, json(UNIT_B, 7));
            assertThat(e.getSQLState()).isEqualTo("42501");
            assertThat(e.getMessage()).contains("row-level security");
        }
        assertThatThrownBy(() -> inbox(UNIT_A).submit(UNIT_B, 2024, Scope.OWN, json(UNIT_B, 8)))
                .isInstanceOf(UserException.class).hasMessageContaining("只能报送本单位的年报");
        try (Connection b = as(UNIT_B)) {
            assertThat(organs(b, "SELECT CAST(count(*) AS text) FROM ogi.submission")).containsExactly("1");
        }
    }

    @Test
    void noUnitChangesOrDeletesARowNorSaysWhoSentIt() throws Exception {
        try (Connection a = as(UNIT_A)) {
            for (String sql : List.of("UPDATE ogi.submission SET report_year = 2023",
                    "DELETE FROM ogi.submission", "TRUNCATE ogi.submission", "DELETE FROM ogi.review",
                    "UPDATE ogi.unit SET parent_organ = NULL", "DELETE FROM ogi.unit")) {
                assertThat(refused(a, sql).getSQLState()).as(sql).isEqualTo("42501");
            }
            String sneaky = "INSERT INTO ogi.submission (organ, report_year, scope, content, submitted_by)"
                    + " VALUES (?, 2024, 'own', CAST(? AS jsonb), ?)";
            assertThat(refused(a, sneaky, UNIT_A, json(UNIT_A, 9), Accounts.roleOf(UNIT_B)).getSQLState())
                    .isEqualTo("42501");
            long own = inbox(UNIT_A).sent(2024).get(0).id();
            assertThat(refused(a, "INSERT INTO ogi.review (submission_id, verdict) VALUES (?, 'approved')", own)
                    .getSQLState()).as("a unit approving itself").isEqualTo("42501");
        }
        try (Connection c = server.admin().open()) {
            assertThat(organs(c, "SELECT organ FROM ogi.submission WHERE report_year = 2023")).isEmpty();
        }
    }

    @Test
    void aCompilerReadsAndReviewsOnlyItsOwnUnits() throws Exception {
        try (Connection b = as(COUNTY_B)) {
            assertThat(organs(b, "SELECT organ FROM ogi.submission")).containsOnly(UNIT_C);
            assertThat(organs(b, "SELECT organ FROM ogi.unit")).containsExactlyInAnyOrder(COUNTY_B, UNIT_C);
        }
        assertThat(inbox(COUNTY_B).newest(COUNTY_B, 2024)).extracting(Received::organ).containsExactly(UNIT_C);
        assertThatThrownBy(() -> inbox(COUNTY_B).newest(COUNTY_A, 2024)).isInstanceOf(UserException.class)
                .hasMessageContaining("不能收取");
        List<Received> mine = inbox(COUNTY_A).newest(COUNTY_A, 2024);
        assertThat(mine).extracting(Received::organ).containsExactlyInAnyOrder(UNIT_A, UNIT_B, HOSTILE);
        long ofA = mine.stream().filter(r -> r.organ().equals(UNIT_A)).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> inbox(COUNTY_B).review(ofA, Verdict.APPROVED, "")).isInstanceOf(UserException.class)
                .hasMessageContaining("拒绝");
        inbox(COUNTY_A).review(ofA, Verdict.RETURNED, "表三第一列不平衡");
        assertThat(inbox(UNIT_A).sent(2024).get(0).review()).hasValueSatisfying(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.RETURNED);
            assertThat(r.comment()).isEqualTo("表三第一列不平衡");
        });
        assertThat(inbox(UNIT_B).sent(2024).get(0).review()).isEmpty();
        try (Connection b = as(COUNTY_B)) {
            assertThat(organs(b, "SELECT comment FROM ogi.review")).isEmpty();
        }
    }

    @Test
    void organNamesWithQuotesAndSqlAreOnlyParameters() throws Exception {
        assertThat(inbox(HOSTILE).me().organ()).isEqualTo(HOSTILE);
        Stored again = inbox(HOSTILE).submit(HOSTILE, 2024, Scope.OWN, json(HOSTILE, 1));
        assertThat(again.added()).isFalse();
        try (Connection c = server.admin().open()) {
            assertThat(organs(c, "SELECT organ FROM ogi.submission")).contains(HOSTILE, UNIT_A, UNIT_C);
            assertThat(organs(c, "SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = '"
                    + Accounts.roleOf(HOSTILE) + "'")).singleElement().asString().endsWith(HOSTILE);
        }
    }

    @Test
    void theSameContentTwiceIsOneSubmissionAndANewOneIsAnother() {
        Inbox b = inbox(UNIT_B);
        Stored first = b.submit(UNIT_B, 2024, Scope.OWN, json(UNIT_B, 1));
        assertThat(first.added()).as("submitted in the setup already").isFalse();
        Stored changed = b.submit(UNIT_B, 2024, Scope.OWN, json(UNIT_B, 2));
        assertThat(changed.added()).isTrue();
        assertThat(b.sent(2024)).extracting(Sent::id).startsWith(changed.id()).contains(first.id());
        String pretty = json(UNIT_B, 2).replace("\n", "\n  ");
        assertThat(b.submit(UNIT_B, 2024, Scope.OWN, pretty).id()).as("the same content spelled otherwise")
                .isEqualTo(changed.id());
    }

    @Test
    void passwordsAreNeverInTheServersLog() throws Exception {
        String log = server.cluster().logText();
        assertThat(log).contains("ALTER USER");
        for (String password : passwords.values()) {
            assertThat(log).doesNotContain(password);
        }
        assertThat(log).doesNotContain(InboxServer.ADMIN_PASSWORD);
    }

    @Test
    void initRunsAgainWithoutChangingAnything() {
        InboxSchema.Migrated again = InboxSchema.migrate(server.admin());
        assertThat(again.applied()).isZero();
        assertThat(again.version()).isEqualTo("1");
    }

    @Test
    void aServerThatIsNotThereIsSaidInWords() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Inbox nowhere = new Inbox(new Connector("jdbc:postgresql://127.0.0.1:" + port + "/ogi", "ogi_x",
                InboxServer.typed("x")));
        assertThatThrownBy(nowhere::me).isInstanceOf(UserException.class)
                .hasMessageContaining("无法连接报送服务器 127.0.0.1:" + port + "/ogi").hasMessageContaining("本地的年报没有任何改动");
        Inbox wrong = new Inbox(new Connector(server.url(), Accounts.roleOf(UNIT_A), InboxServer.typed("wrong")));
        assertThatThrownBy(wrong::me).hasMessageContaining("密码不对");
        Inbox nobody = new Inbox(new Connector(server.url(), Accounts.roleOf(UNIT_A), (s, r) -> null));
        assertThatThrownBy(nobody::me).hasMessageContaining("PGPASSFILE");
    }
}
