-- Version 4: double opt-in (issue 16). One row per web-form request, with the
-- disclosure shown and its state; the consent record a confirmation makes is
-- in `consent` (method web_form), written in the same transaction.

CREATE TABLE optin (
    id           TEXT PRIMARY KEY,     -- random, 32 hex digits
    number       BIGINT NOT NULL,
    programs     TEXT NOT NULL,        -- JSON array of program ids ([]: all messages)
    marketing    BOOLEAN NOT NULL,     -- what was asked for includes marketing
    page_version TEXT NOT NULL,
    disclosure   TEXT NOT NULL,        -- the disclosure text the person was shown
    ip           TEXT,
    user_agent   TEXT,
    prompt_id    BIGINT,               -- the prompt in `messages`
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'expired')),
    state_at     BIGINT,
    message_id   TEXT UNIQUE           -- the reply that confirmed it
);
CREATE INDEX optin_number ON optin (number, created_at);
