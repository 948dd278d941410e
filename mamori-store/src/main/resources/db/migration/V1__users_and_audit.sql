-- Users, API tokens and the audit trail (issue 6). Issue 7 makes the trail a Merkle log.
CREATE TABLE users (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{0,62}$'),
    role          TEXT NOT NULL CHECK (role IN ('analyst', 'supervisor', 'oversight', 'partner', 'admin')),
    -- a partner's platform: the only takedown requests it may see
    platform      TEXT CHECK ((role = 'partner') = (platform IS NOT NULL)),
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    disabled      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE api_tokens (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    name        TEXT NOT NULL,
    -- SHA-256 of the token: tokens carry 256 random bits, so a fast hash is enough and a stolen
    -- table gives no usable token
    token_hash  BYTEA NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);

CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor       TEXT NOT NULL,
    role        TEXT,
    action      TEXT NOT NULL,
    target_type TEXT,
    target_id   TEXT,
    purpose     TEXT,
    case_id     BIGINT,
    request_id  TEXT,
    outcome     TEXT NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);
