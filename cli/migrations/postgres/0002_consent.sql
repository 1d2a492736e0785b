-- Version 2: consent evidence. One row per opt-in or opt-out, written in the
-- transaction that records it (under the `sequence` row lock, so ids ascend in
-- the order the records were made across every origin process). Append-only:
-- a trigger refuses UPDATE; only retention (`--retain-consent-days`) deletes.

CREATE TABLE consent (
    id           BIGSERIAL PRIMARY KEY,
    number       BIGINT NOT NULL,
    at           BIGINT NOT NULL,      -- Unix seconds
    action       TEXT NOT NULL CHECK (action IN ('opt_in', 'opt_out')),
    method       TEXT NOT NULL CHECK (method IN ('keyword', 'web_form', 'import', 'api')),
    scope        TEXT,
    program      TEXT,
    text         TEXT,                 -- the exact text the person sent
    rule         TEXT,                 -- the classifier rule that fired
    confidence   DOUBLE PRECISION,
    to_number    TEXT,                 -- the sender's number the person wrote to
    page_version TEXT,                 -- web forms: the disclosure page's version
    message_id   TEXT,
    sequence     BIGINT                -- the list sequence it made, if any
);
CREATE INDEX consent_number ON consent (number, id);

CREATE FUNCTION consent_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'consent records are append-only';
END $$;
CREATE TRIGGER consent_append_only BEFORE UPDATE ON consent
    FOR EACH ROW EXECUTE FUNCTION consent_append_only();
