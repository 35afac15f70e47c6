package org.ogireport.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogireport.exchange.ReportJson;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Submission;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.model.Verdict;
import org.ogireport.util.UserException;

/**
 * The units of an aggregate (per compiling organ and year), the reports they sent as received — a resubmission is
 * a new row, nothing is edited — and the office's reviews. Part of {@link ReportStore}: the same database, lock and
 * monitor.
 */
public final class Units {

    /** A unit with the last report it sent, if any. */
    public record UnitState(Unit unit, Optional<Submission> latest) {
    }

    private final ReportStore store;

    Units(ReportStore store) {
        this.store = store;
    }

    /** The units of an aggregate, in the order of the list. */
    public List<Unit> of(String compiler, int year) {
        synchronized (store) {
            return store.sql(() -> Jdbc.list(store.connection(), """
                    SELECT u.id, u.name, u.kind, u.relation, u.contact, u.phone FROM unit u
                    JOIN organ o ON o.id = u.compiler_id WHERE o.name = ? AND u.report_year = ? ORDER BY u.position""",
                    rs -> unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)), compiler.strip(), year));
        }
    }

    private static Unit unit(long id, String name, String kind, String relation, String contact, String phone) {
        return new Unit(id, name, OrganKind.fromId(kind).orElse(OrganKind.OTHER),
                UnitRelation.fromId(relation).orElse(UnitRelation.DEPARTMENT), contact, phone);
    }

    /**
     * Adds a unit at the end of an aggregate's list.
     *
     * @throws UserException when the list has a unit of that name already
     */
    public Unit add(Organ compiler, int year, Unit unit) {
        synchronized (store) {
            return store.sql(() -> Jdbc.inTransaction(store.connection(), () -> {
                long compilerId = store.organId(compiler);
                boolean exists = Jdbc.first(store.connection(), """
                        SELECT 1 FROM unit WHERE compiler_id = ? AND report_year = ? AND name = ?""",
                        rs -> true, compilerId, year, unit.name()).orElse(false);
                if (exists) {
                    throw new UserException(Messages.get("units.exists", unit.name(), compiler.name(), year));
                }
                int position = Jdbc.first(store.connection(), """
                        SELECT COALESCE(MAX(position), 0) + 1 FROM unit WHERE compiler_id = ? AND report_year = ?""",
                        rs -> rs.getInt(1), compilerId, year).orElse(1);
                long id = Jdbc.insert(store.connection(), """
                        INSERT INTO unit(compiler_id, report_year, position, name, kind, relation, contact, phone)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", compilerId, year, position, unit.name(), unit.kind().id(),
                        unit.relation().id(), unit.contact(), unit.phone());
                return unit.withId(id);
            }));
        }
    }

    /** Changes a unit's kind, relation or contact (its name stays: it is how its reports were matched). */
    public void update(Unit unit) {
        synchronized (store) {
            store.sql(() -> Jdbc.update(store.connection(), """
                    UPDATE unit SET kind = ?, relation = ?, contact = ?, phone = ? WHERE id = ?""",
                    unit.kind().id(), unit.relation().id(), unit.contact(), unit.phone(), unit.id()));
        }
    }

    /**
     * Removes a unit that has sent nothing.
     *
     * @throws UserException when it has sent a report: what was received is kept
     */
    public void remove(Unit unit) {
        synchronized (store) {
            store.sql(() -> Jdbc.inTransaction(store.connection(), () -> {
                boolean sent = Jdbc.first(store.connection(), "SELECT 1 FROM submission WHERE unit_id = ?",
                        rs -> true, unit.id()).orElse(false);
                if (sent) {
                    throw new UserException(Messages.get("units.hasReports", unit.name()));
                }
                return Jdbc.update(store.connection(), "DELETE FROM unit WHERE id = ?", unit.id());
            }));
        }
    }

    /** Stores a report a unit sent, as received; returns the submission's number. */
    public long receive(Unit unit, String fileName, String sha256, Report report, int errors, int warnings) {
        String json = ReportJson.write(report);
        String name = fileName.length() > 400 ? fileName.substring(fileName.length() - 400) : fileName;
        synchronized (store) {
            return store.sql(() -> Jdbc.insert(store.connection(), """
                    INSERT INTO submission(unit_id, received_at, file_name, sha256, errors, warnings, content)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", unit.id(), store.now(), name, sha256, errors, warnings, json));
        }
    }

    /** What a unit sent, newest first, each with its latest review. */
    public List<Submission> submissions(Unit unit) {
        synchronized (store) {
            return store.sql(() -> {
                List<Submission> out = new ArrayList<>();
                Jdbc.each(store.connection(), """
                        SELECT s.id, s.unit_id, s.received_at, s.file_name, s.sha256, s.errors, s.warnings
                        FROM submission s WHERE s.unit_id = ? ORDER BY s.id DESC""",
                        rs -> out.add(new Submission(rs.getLong(1), rs.getLong(2),
                                rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5),
                                rs.getInt(6), rs.getInt(7), Optional.empty())), unit.id());
                List<Submission> reviewed = new ArrayList<>();
                for (Submission s : out) {
                    reviewed.add(withReview(s));
                }
                return reviewed;
            });
        }
    }

    private Submission withReview(Submission s) throws SQLException {
        Optional<Submission.Review> review = Jdbc.first(store.connection(), """
                SELECT verdict, comment, reviewed_at FROM review WHERE submission_id = ? ORDER BY id DESC LIMIT 1""",
                rs -> new Submission.Review(Verdict.fromId(rs.getString(1)).orElse(Verdict.RETURNED),
                        rs.getString(2) == null ? "" : rs.getString(2), rs.getObject(3, OffsetDateTime.class)),
                s.id());
        return new Submission(s.id(), s.unitId(), s.receivedAt(), s.fileName(), s.sha256(), s.errors(),
                s.warnings(), review);
    }

    /** A report as a unit sent it. */
    public Optional<Report> report(long submissionId) {
        synchronized (store) {
            return store.sql(() -> Jdbc.first(store.connection(), "SELECT content FROM submission WHERE id = ?",
                    rs -> ReportJson.read(rs.getString(1).getBytes(StandardCharsets.UTF_8), "#" + submissionId)
                            .report(), submissionId));
        }
    }

    /** Records the office's decision on a submission (the last one counts). */
    public void review(long submissionId, Verdict verdict, String comment) {
        String text = comment == null ? "" : comment.strip();
        synchronized (store) {
            store.sql(() -> Jdbc.update(store.connection(), """
                    INSERT INTO review(submission_id, verdict, comment, reviewed_at) VALUES (?, ?, ?, ?)""",
                    submissionId, verdict.id(), text.length() > 2000 ? text.substring(0, 2000) : text, store.now()));
        }
    }

    /** Everything the units of an aggregate sent, reviews left out (the errors count is in each). */
    public List<Submission> allSent(String compiler, int year) {
        synchronized (store) {
            return store.sql(() -> Jdbc.list(store.connection(), """
                    SELECT s.id, s.unit_id, s.received_at, s.file_name, s.sha256, s.errors, s.warnings
                    FROM submission s JOIN unit u ON u.id = s.unit_id JOIN organ o ON o.id = u.compiler_id
                    WHERE o.name = ? AND u.report_year = ? ORDER BY s.id DESC""",
                    rs -> new Submission(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), Optional.empty()),
                    compiler.strip(), year));
        }
    }

    /** Every unit of an aggregate with the last report it sent and that report's latest review. */
    public List<UnitState> board(String compiler, int year) {
        synchronized (store) {
            return store.sql(() -> {
                Map<Long, Unit> units = new LinkedHashMap<>();
                for (Unit u : of(compiler, year)) {
                    units.put(u.id(), u);
                }
                Map<Long, Submission> latest = new LinkedHashMap<>();
                Jdbc.each(store.connection(), """
                        SELECT s.id, s.unit_id, s.received_at, s.file_name, s.sha256, s.errors, s.warnings,
                               (SELECT v.verdict FROM review v WHERE v.submission_id = s.id ORDER BY v.id DESC LIMIT 1),
                               (SELECT v.comment FROM review v WHERE v.submission_id = s.id ORDER BY v.id DESC LIMIT 1),
                               (SELECT v.reviewed_at FROM review v WHERE v.submission_id = s.id
                                ORDER BY v.id DESC LIMIT 1)
                        FROM submission s JOIN unit u ON u.id = s.unit_id JOIN organ o ON o.id = u.compiler_id
                        WHERE o.name = ? AND u.report_year = ?
                          AND s.id = (SELECT MAX(t.id) FROM submission t WHERE t.unit_id = s.unit_id)""", rs -> {
                    Optional<Submission.Review> review = rs.getString(8) == null ? Optional.empty()
                            : Optional.of(new Submission.Review(
                                    Verdict.fromId(rs.getString(8)).orElse(Verdict.RETURNED),
                                    rs.getString(9) == null ? "" : rs.getString(9),
                                    rs.getObject(10, OffsetDateTime.class)));
                    latest.put(rs.getLong(2), new Submission(rs.getLong(1), rs.getLong(2),
                            rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5), rs.getInt(6),
                            rs.getInt(7), review));
                }, compiler.strip(), year);
                return units.values().stream()
                        .map(u -> new UnitState(u, Optional.ofNullable(latest.get(u.id())))).toList();
            });
        }
    }
}
