-- Flagged accounts of an analysis (issue 6), as the report's "accounts" lists them: the finding
-- (score, reasons, time zone, links, automation, features) kept whole, the keys as columns so an
-- account's findings across analyses are one indexed lookup.
CREATE TABLE analysis_accounts (
    analysis_id  BIGINT NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    platform     TEXT NOT NULL,
    account_id   TEXT NOT NULL,
    username     TEXT,
    group_id     TEXT NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    finding      JSONB NOT NULL,
    PRIMARY KEY (analysis_id, platform, account_id)
);
CREATE INDEX analysis_accounts_account ON analysis_accounts (platform, account_id);
CREATE INDEX analyses_created ON analyses (created_at DESC, id DESC);
