-- Takedown requests (issue 6): from a confirmed case to one platform operator. States are the wire
-- names of core's TakedownState; category is a DSA statement-of-reasons category.
CREATE TABLE takedown_requests (
    id                BIGSERIAL PRIMARY KEY,
    case_id           BIGINT NOT NULL REFERENCES cases (id),
    platform          TEXT NOT NULL,
    category          TEXT NOT NULL CHECK (category LIKE 'STATEMENT_CATEGORY_%'),
    legal_ground      TEXT NOT NULL,
    explanation       TEXT NOT NULL,
    -- the exact post and account URLs the platform is asked to act on (http or https)
    urls              TEXT[] NOT NULL CHECK (cardinality(urls) > 0),
    requester         TEXT NOT NULL,
    approver          TEXT CHECK (approver IS NULL OR approver <> requester),
    state             TEXT NOT NULL CHECK (state IN ('draft', 'awaiting_approval', 'sent', 'acknowledged',
                                                     'actioned', 'rejected', 'withdrawn')),
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    submitted_at      TIMESTAMPTZ,
    sent_at           TIMESTAMPTZ,
    acknowledged_at   TIMESTAMPTZ,
    decided_at        TIMESTAMPTZ,
    -- the platform's answer: what it did (free text), its DSA decision codes, its own reference
    partner_action    TEXT,
    partner_measures  TEXT[] NOT NULL DEFAULT '{}',
    partner_reference TEXT
);
CREATE INDEX takedown_requests_platform ON takedown_requests (platform, state);
CREATE INDEX takedown_requests_case ON takedown_requests (case_id);

CREATE TABLE takedown_history (
    id          BIGSERIAL PRIMARY KEY,
    takedown_id BIGINT NOT NULL REFERENCES takedown_requests (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT,
    reason      TEXT
);
CREATE INDEX takedown_history_takedown ON takedown_history (takedown_id, id);
