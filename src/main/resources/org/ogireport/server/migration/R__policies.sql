-- Who may read and add what, in the database and not in the client (docs/decisions/0011). Repeatable: Flyway runs
-- it again whenever it changes, and running it twice changes nothing.
--
-- A role is known by its login (session_user, which only a superuser can change): the functions below run as the
-- tables' owner (SECURITY DEFINER, to read ogi.unit past its own policies) and answer only about the caller.

-- Nobody but the members of ogi_inbox may connect or see the schema; nobody may create objects in public.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO ogi_inbox', current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA ogi FROM PUBLIC;
GRANT USAGE ON SCHEMA ogi TO ogi_inbox;

-- Reading, and adding a row with only the columns a client may give; no UPDATE, DELETE or TRUNCATE for anyone but
-- the owner (the administrator). flyway_schema_history stays the administrator's alone.
REVOKE ALL ON ALL TABLES IN SCHEMA ogi FROM PUBLIC, ogi_inbox;
GRANT SELECT ON ogi.unit, ogi.submission, ogi.review TO ogi_inbox;
GRANT INSERT (organ, report_year, scope, content) ON ogi.submission TO ogi_inbox;
GRANT INSERT (submission_id, verdict, comment) ON ogi.review TO ogi_inbox;

-- The organ of the role logged in (null for a role without an account).
CREATE OR REPLACE FUNCTION ogi.my_organ() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT organ FROM ogi.unit WHERE role_name = session_user $$;

-- Whether the role logged in compiles the reports of an organ (is its parent).
CREATE OR REPLACE FUNCTION ogi.compiles(unit_organ text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM ogi.unit u JOIN ogi.unit me ON me.organ = u.parent_organ
                         WHERE u.organ = unit_organ AND me.role_name = session_user) $$;

-- Whether the role logged in may see a submission: its own organ's, or one of its units'.
CREATE OR REPLACE FUNCTION ogi.sees_submission(submission bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM ogi.submission s WHERE s.id = submission
                         AND (s.organ = ogi.my_organ() OR ogi.compiles(s.organ))) $$;

-- Whether the role logged in may review a submission: one of its units'.
CREATE OR REPLACE FUNCTION ogi.reviews_submission(submission bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM ogi.submission s WHERE s.id = submission AND ogi.compiles(s.organ)) $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ogi FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ogi.my_organ(), ogi.compiles(text), ogi.sees_submission(bigint),
    ogi.reviews_submission(bigint), ogi.sha256_hex(jsonb) TO ogi_inbox;

ALTER TABLE ogi.unit ENABLE ROW LEVEL SECURITY;
ALTER TABLE ogi.submission ENABLE ROW LEVEL SECURITY;
ALTER TABLE ogi.review ENABLE ROW LEVEL SECURITY;

-- A unit reads its own account; a compiler also those of its units.
DROP POLICY IF EXISTS unit_own ON ogi.unit;
CREATE POLICY unit_own ON ogi.unit FOR SELECT TO ogi_inbox USING (role_name = session_user);
DROP POLICY IF EXISTS unit_compiled ON ogi.unit;
CREATE POLICY unit_compiled ON ogi.unit FOR SELECT TO ogi_inbox USING (ogi.compiles(organ));

-- A unit reads and adds its own organ's submissions; a compiler reads its units'.
DROP POLICY IF EXISTS submission_own ON ogi.submission;
CREATE POLICY submission_own ON ogi.submission FOR SELECT TO ogi_inbox USING (organ = ogi.my_organ());
DROP POLICY IF EXISTS submission_compiled ON ogi.submission;
CREATE POLICY submission_compiled ON ogi.submission FOR SELECT TO ogi_inbox USING (ogi.compiles(organ));
DROP POLICY IF EXISTS submission_add_own ON ogi.submission;
CREATE POLICY submission_add_own ON ogi.submission FOR INSERT TO ogi_inbox
    WITH CHECK (organ = ogi.my_organ() AND submitted_by = session_user);

-- The reviews of a submission: read by whoever sees it; added only by its unit's compiler.
DROP POLICY IF EXISTS review_seen ON ogi.review;
CREATE POLICY review_seen ON ogi.review FOR SELECT TO ogi_inbox USING (ogi.sees_submission(submission_id));
DROP POLICY IF EXISTS review_add ON ogi.review;
CREATE POLICY review_add ON ogi.review FOR INSERT TO ogi_inbox
    WITH CHECK (ogi.reviews_submission(submission_id) AND reviewed_by = session_user);
