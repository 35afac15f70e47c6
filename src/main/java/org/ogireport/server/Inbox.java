package org.ogireport.server;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganNames;
import org.ogireport.model.Scope;
import org.ogireport.model.Submission;
import org.ogireport.model.Verdict;
import org.ogireport.util.UserException;

/**
 * The shared inbox as one role uses it: a unit sends its reports and reads what became of them; a compiling office
 * reads its units' newest reports and sends its decisions back. What a role may see or add is decided by the
 * database's policies (R__policies.sql), never here: these statements only ask.
 */
public final class Inbox {

    /** The organ of the role logged in, and the government that collects its reports (null: none on this server). */
    public record Me(String organ, String kind, String parentOrgan) {
    }

    private static final String SENT = """
            SELECT s.id, s.organ, s.report_year, s.scope, s.sha256, s.submitted_by, s.submitted_at,
                   r.verdict, r.comment, r.reviewed_at
            FROM ogi.submission s
            LEFT JOIN LATERAL (SELECT v.verdict, v.comment, v.reviewed_at FROM ogi.review v
                               WHERE v.submission_id = s.id ORDER BY v.id DESC LIMIT 1) r ON true
            """;

    private final Connector connector;

    public Inbox(Connector connector) {
        this.connector = connector;
    }

    public Connector connector() {
        return connector;
    }

    /**
     * The organ this role sends for.
     *
     * @throws UserException when the role has no account in this inbox
     */
    public Me me() {
        return connector.run(this::me);
    }

    private Me me(Connection c) throws SQLException {
        return Sql.row(c, "SELECT organ, kind, parent_organ FROM ogi.unit WHERE role_name = current_user",
                rs -> new Me(rs.getString(1), rs.getString(2), rs.getString(3))).orElseThrow(
                        () -> new UserException(Messages.get("server.noAccount", connector.role(),
                                connector.where())));
    }

    /**
     * Sends a report: a new submission, or none when the inbox holds exactly this content for the organ and year.
     *
     * @param reportOrgan the organ the report names, which must be this role's (by any spelling of its name)
     * @param json        the report's exchange JSON
     * @throws UserException when the report is another organ's, or the server cannot be reached or refuses it
     */
    public Stored submit(String reportOrgan, int year, Scope scope, String json) {
        return connector.run(c -> {
            Me me = me(c);
            if (OrganNames.compare(reportOrgan, me.organ()) != OrganNames.Likeness.SAME) {
                throw new UserException(Messages.get("server.otherOrgan", reportOrgan, connector.role(),
                        me.organ()));
            }
            Optional<Stored> added = Sql.row(c, """
                    INSERT INTO ogi.submission (organ, report_year, scope, content) VALUES (?, ?, ?, CAST(? AS jsonb))
                    ON CONFLICT ON CONSTRAINT submission_once DO NOTHING RETURNING id, submitted_at""",
                    rs -> new Stored(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), true),
                    me.organ(), year, scope.id(), json);
            if (added.isPresent()) {
                return added.get();
            }
            return Sql.row(c, """
                    SELECT id, submitted_at FROM ogi.submission
                    WHERE organ = ? AND report_year = ? AND sha256 = ogi.sha256_hex(CAST(? AS jsonb))""",
                    rs -> new Stored(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), false),
                    me.organ(), year, json).orElseThrow(() -> new IllegalStateException(
                            "a submission neither added nor found"));
        });
    }

    /**
     * What this role's organ sent, newest first, each with the latest decision on it.
     *
     * @param year only this year's (null: every year's)
     */
    public List<Sent> sent(Integer year) {
        return connector.run(c -> {
            Me me = me(c);
            return Sql.rows(c, SENT + " WHERE s.organ = ? AND (CAST(? AS integer) IS NULL OR s.report_year = ?)"
                    + " ORDER BY s.id DESC", Inbox::sent, me.organ(), year, year);
        });
    }

    private static Sent sent(ResultSet rs) throws SQLException {
        Optional<Submission.Review> review = rs.getString(8) == null ? Optional.empty()
                : Optional.of(new Submission.Review(Verdict.fromId(rs.getString(8)).orElse(Verdict.RETURNED),
                rs.getString(9), rs.getObject(10, OffsetDateTime.class)));
        return new Sent(rs.getLong(1), rs.getString(2), rs.getInt(3), Scope.fromId(rs.getString(4))
                .orElse(Scope.OWN), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), review);
    }

    /**
     * The newest submission of a year of each organ this role compiles (of each scope), and this role's organ's own
     * report (its own aggregate goes up to its parent, never into its own sum).
     *
     * @throws UserException when the role is not the compiling office of {@code compiler}
     */
    public List<Received> newest(String compiler, int year) {
        return connector.run(c -> {
            Me me = me(c);
            if (OrganNames.compare(compiler, me.organ()) != OrganNames.Likeness.SAME) {
                throw new UserException(Messages.get("server.notCompiler", connector.role(), me.organ(), compiler));
            }
            return Sql.rows(c, """
                    SELECT DISTINCT ON (s.organ, s.scope) s.id, s.organ, u.kind, s.scope, s.content::text, s.sha256,
                           s.submitted_at
                    FROM ogi.submission s JOIN ogi.unit u ON u.organ = s.organ
                    WHERE s.report_year = ? AND (u.parent_organ = ? OR s.organ = ? AND s.scope = 'own')
                    ORDER BY s.organ, s.scope, s.id DESC""", rs -> new Received(rs.getLong(1), rs.getString(2),
                    rs.getString(3), Scope.fromId(rs.getString(4)).orElse(Scope.OWN), rs.getString(5),
                    rs.getString(6), rs.getObject(7, OffsetDateTime.class)), year, me.organ(), me.organ());
        });
    }

    /**
     * Sends the compiling office's decision on a unit's submission back to the unit.
     *
     * @throws UserException when the submission is not one of this role's units' (refused by the server)
     */
    public void review(long submissionId, Verdict verdict, String comment) {
        String text = comment == null ? "" : comment.strip();
        connector.run(c -> Sql.change(c, """
                INSERT INTO ogi.review (submission_id, verdict, comment) VALUES (?, ?, ?)""", submissionId,
                verdict.id(), text.length() > 2000 ? text.substring(0, 2000) : text));
    }
}
