-- The shared inbox of a government's units (报送服务器, docs/decisions/0011). Rows are only ever added: a unit's
-- new report is a new submission, a decision a new review. Only the administrator, who owns these tables, may
-- change or delete a row; every other role has SELECT and column-limited INSERT (R__policies.sql).

-- The role every unit's and compiling office's role is a member of: what it may do is granted to it once.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'ogi_inbox') THEN
        CREATE ROLE ogi_inbox NOLOGIN;
    END IF;
END
$$;

-- An organ with an account: a unit, a compiling office, or both (a county's government is a unit of its city and
-- compiles its own units). parent_organ is the government that collects its reports.
CREATE TABLE ogi.unit (
    organ        text PRIMARY KEY CHECK (length(organ) BETWEEN 1 AND 200),
    kind         text NOT NULL CHECK (length(kind) <= 40),
    parent_organ text CHECK (parent_organ <> organ),
    role_name    text NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX unit_by_parent ON ogi.unit (parent_organ);

-- The digest of a report as the server holds it (jsonb's own text: the same content, however it was spelled, has
-- one digest). Immutable in fact: the database's encoding is UTF8 (server init checks it).
CREATE FUNCTION ogi.sha256_hex(content jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(content::text, 'UTF8')), 'hex') $$;

-- A report a unit sent: the exchange JSON (spec §9) as jsonb. The same content twice for an organ and year is one
-- submission (submission_once); who sent it and when are the server's, never the client's.
CREATE TABLE ogi.submission (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organ        text NOT NULL REFERENCES ogi.unit (organ),
    report_year  integer NOT NULL CHECK (report_year BETWEEN 2000 AND 2100),
    scope        text NOT NULL CHECK (scope IN ('own', 'aggregate')),
    content      jsonb NOT NULL,
    sha256       text NOT NULL GENERATED ALWAYS AS (ogi.sha256_hex(content)) STORED,
    submitted_by text NOT NULL DEFAULT current_user,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT submission_once UNIQUE (organ, report_year, sha256),
    CONSTRAINT content_is_the_report CHECK (jsonb_typeof(content) = 'object'
        AND content ->> 'year' = report_year::text AND coalesce(content ->> 'scope', 'own') = scope),
    CONSTRAINT content_size CHECK (octet_length(content::text) <= 8388608)
);
CREATE INDEX submission_by_organ ON ogi.submission (organ, report_year, scope, id);

-- The compiling office's decision on a submission: 已审核 (approved) or 退回 (returned) with the reason.
CREATE TABLE ogi.review (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id bigint NOT NULL REFERENCES ogi.submission (id),
    verdict       text NOT NULL CHECK (verdict IN ('approved', 'returned')),
    comment       text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    reviewed_by   text NOT NULL DEFAULT current_user,
    reviewed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_by_submission ON ogi.review (submission_id, id);
