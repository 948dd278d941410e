-- The audit log as an RFC 6962 Merkle tree (issue 7, docs/audit.md). Entries are inserted by the
-- action's own transaction (leaf_index NULL); the sequencer then gives them consecutive leaf
-- indexes, stores every completed perfect subtree's hash in audit_nodes, and moves audit_head.
ALTER TABLE audit_log ADD COLUMN leaf_index BIGINT UNIQUE;
CREATE INDEX audit_log_unsequenced ON audit_log (id) WHERE leaf_index IS NULL;

-- hash of the perfect subtree of 2^level leaves starting at leaf idx * 2^level (level 0: leaf hashes)
CREATE TABLE audit_nodes (
    level  SMALLINT NOT NULL,
    idx    BIGINT NOT NULL,
    hash   BYTEA NOT NULL,
    PRIMARY KEY (level, idx)
);

CREATE TABLE audit_head (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    size       BIGINT NOT NULL,
    root       BYTEA NOT NULL
);
-- the empty tree: SHA-256 of nothing
INSERT INTO audit_head (size, root) VALUES (0, decode('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex'));

-- signed checkpoints: tree size + root as a C2SP signed note (Ed25519), docs/audit.md
CREATE TABLE audit_checkpoints (
    id         BIGSERIAL PRIMARY KEY,
    size       BIGINT NOT NULL,
    root       BYTEA NOT NULL,
    signed_at  TIMESTAMPTZ NOT NULL,
    note       TEXT NOT NULL
);
CREATE INDEX audit_checkpoints_size ON audit_checkpoints (size);
