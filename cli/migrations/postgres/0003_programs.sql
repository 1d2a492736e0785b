-- Version 3: programs (contract C8) and revoke-all (C9), issue 15.
-- Scopes are canonical text: all, marketing, or the parts joined by "+" (marketing first,
-- then program ids in bit order: "marketing+alerts"); a narrowing of a revoke-all opt-out
-- is a consent record of its own (action narrow).

ALTER TABLE optouts DROP CONSTRAINT IF EXISTS optouts_scope_check;
ALTER TABLE optouts ADD CONSTRAINT optouts_scope_check CHECK (scope <> '');
ALTER TABLE consent DROP CONSTRAINT IF EXISTS consent_action_check;
ALTER TABLE consent ADD CONSTRAINT consent_action_check CHECK (action IN ('opt_in', 'opt_out', 'narrow'));

ALTER TABLE inbound ADD COLUMN program TEXT;            -- the program the reply names
ALTER TABLE consent ADD COLUMN revoke_all BOOLEAN NOT NULL DEFAULT FALSE; -- widened to all
ALTER TABLE consent ADD COLUMN requested_scope TEXT;    -- what the opt-out asked for, then

-- A number whose narrower opt-out revoke-all applied as `all`, until a reply narrows it (once).
CREATE TABLE clarifications (
    number          BIGINT PRIMARY KEY,
    requested_scope TEXT NOT NULL,
    at              BIGINT NOT NULL,   -- Unix seconds: the opt-out
    narrowed_at     BIGINT             -- when a reply narrowed it
);
