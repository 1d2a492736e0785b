-- stopgate origin schema for PostgreSQL, version 1. Applied once, in order, by
-- `stopgate serve --database postgres://...` (table schema_migrations records it).
-- Numbers are E.164 digits as BIGINT; times are Unix seconds.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,            -- sequence, floor, sequence_at
    value BIGINT NOT NULL
);

CREATE TABLE optouts (
    number       BIGINT PRIMARY KEY,
    scope        TEXT NOT NULL CHECK (scope IN ('all', 'marketing')),
    opted_out_at BIGINT NOT NULL,
    source       TEXT NOT NULL         -- seed, demo, import, inbound:<messageId>
);

CREATE TABLE changes (
    sequence   BIGINT NOT NULL,
    number     BIGINT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('add', 'remove')),
    scope      TEXT,                   -- after the change; NULL for remove
    prev_scope TEXT,                   -- before the change; NULL when absent
    at         BIGINT NOT NULL,
    source     TEXT NOT NULL,
    PRIMARY KEY (sequence, number)
);

CREATE TABLE sequences (
    sequence BIGINT PRIMARY KEY,
    digest   BYTEA NOT NULL,           -- the list digest (contract C1) at this sequence
    at       BIGINT NOT NULL
);

CREATE TABLE inbound (
    message_id  TEXT PRIMARY KEY,      -- idempotency across every origin process
    number      BIGINT NOT NULL,
    intent      TEXT NOT NULL,         -- the origin's verdict
    scope       TEXT,
    sequence    BIGINT,                -- the sequence this message created, if any
    received_at BIGINT NOT NULL,
    to_number   TEXT,
    keyword     TEXT,
    rule        TEXT,
    effect      TEXT,                  -- suppress, lift or nothing
    hint_intent TEXT,                  -- what the edge said (a hint only)
    provider    TEXT
);

CREATE TABLE messages (
    id          BIGSERIAL PRIMARY KEY,
    received_at BIGINT NOT NULL,
    decision    TEXT,
    snapshot    TEXT,
    body        TEXT NOT NULL
);
CREATE INDEX messages_received ON messages (received_at);
