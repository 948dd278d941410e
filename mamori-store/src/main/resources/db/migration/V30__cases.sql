-- Cases (issue 6): a group or set of accounts under investigation, its workflow, notes, evidence
-- links, DISARM technique tags and a history of every change. Statuses and severities are the wire
-- names of core's CaseStatus and Severity.
CREATE TABLE cases (
    id           BIGSERIAL PRIMARY KEY,
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description  TEXT,
    status       TEXT NOT NULL CHECK (status IN ('new', 'triage', 'confirmed', 'dismissed', 'closed')),
    severity     TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    assignee     TEXT,
    created_by   TEXT NOT NULL,
    -- provenance: the analysis group the case was opened from. No foreign key: the case keeps its own
    -- copy of the members (case_accounts), so it outlives the analysis.
    analysis_id  BIGINT,
    group_id     TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    CHECK ((analysis_id IS NULL) = (group_id IS NULL))
);
CREATE INDEX cases_status ON cases (status, severity);
CREATE INDEX cases_assignee ON cases (assignee);

CREATE TABLE case_accounts (
    case_id     BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    platform    TEXT NOT NULL,
    account_id  TEXT NOT NULL,
    username    TEXT,
    PRIMARY KEY (case_id, platform, account_id)
);

CREATE TABLE case_notes (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    author      TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id, id);

CREATE TABLE case_evidence (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    kind        TEXT NOT NULL,
    description TEXT,
    added_by    TEXT NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_evidence_case ON case_evidence (case_id, id);

CREATE TABLE case_tags (
    case_id      BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    technique_id TEXT NOT NULL CHECK (technique_id ~ '^T[0-9]{4}(\.[0-9]{3})?$'),
    added_by     TEXT NOT NULL,
    added_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, technique_id)
);
CREATE INDEX case_tags_technique ON case_tags (technique_id);

-- every change: who, when, what (action), from → to, why
CREATE TABLE case_history (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    from_value  TEXT,
    to_value    TEXT,
    reason      TEXT
);
CREATE INDEX case_history_case ON case_history (case_id, id);
