-- Stored posts (issue 6): ingested through POST /api/v1/posts, idempotent on (platform, post_id).
-- Columns follow core's Post record; account metadata from Account records goes to accounts.
CREATE TABLE posts (
    platform     TEXT NOT NULL,
    post_id      TEXT NOT NULL,
    account_id   TEXT NOT NULL,
    username     TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    text         TEXT NOT NULL,
    language     TEXT,
    repost_of    TEXT,
    reply_to     TEXT,
    quote_of     TEXT,
    urls         TEXT[] NOT NULL DEFAULT '{}',
    hashtags     TEXT[] NOT NULL DEFAULT '{}',
    mentions     TEXT[] NOT NULL DEFAULT '{}',
    ingested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (platform, post_id)
);
CREATE INDEX posts_account ON posts (platform, account_id, created_at);
CREATE INDEX posts_created ON posts (created_at);

CREATE TABLE accounts (
    platform     TEXT NOT NULL,
    account_id   TEXT NOT NULL,
    username     TEXT,
    created_at   TIMESTAMPTZ,
    followers    BIGINT,
    following    BIGINT,
    post_count   BIGINT,
    location     TEXT,
    description  TEXT,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (platform, account_id)
);
