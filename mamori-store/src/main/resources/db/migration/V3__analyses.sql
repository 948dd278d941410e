-- Analyses and their results (issue 6): the coordinated-groups report contract (docs/report-format.md)
-- kept whole in report, and its groups and members as rows so they can be listed and filtered.
CREATE TABLE analyses (
    id           BIGSERIAL PRIMARY KEY,
    created_by   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ,
    status       TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    source       TEXT NOT NULL CHECK (source IN ('stored', 'upload')),
    parameters   JSONB NOT NULL DEFAULT '{}',
    error        TEXT,
    report       JSONB,
    report_html  TEXT
);

CREATE TABLE analysis_groups (
    analysis_id  BIGINT NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    group_id     TEXT NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    flagged      BOOLEAN NOT NULL,
    risk         DOUBLE PRECISION,
    members      INTEGER NOT NULL,
    summary      JSONB NOT NULL,
    PRIMARY KEY (analysis_id, group_id)
);

CREATE TABLE analysis_group_members (
    analysis_id  BIGINT NOT NULL,
    group_id     TEXT NOT NULL,
    platform     TEXT NOT NULL,
    account_id   TEXT NOT NULL,
    username     TEXT,
    PRIMARY KEY (analysis_id, group_id, platform, account_id),
    FOREIGN KEY (analysis_id, group_id) REFERENCES analysis_groups (analysis_id, group_id) ON DELETE CASCADE
);
CREATE INDEX analysis_group_members_account ON analysis_group_members (platform, account_id);
