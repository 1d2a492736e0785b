-- Version 5: preference-page choices (issue 16, contract C11). The consent
-- table takes a new method, `preference_page`; the channels a number accepted
-- instead of SMS are kept one per kind (the latest choice), each change also
-- being a consent record.

ALTER TABLE consent DROP CONSTRAINT consent_method_check;
ALTER TABLE consent ADD CONSTRAINT consent_method_check
    CHECK (method IN ('keyword', 'web_form', 'import', 'api', 'preference_page'));

CREATE TABLE channels (
    number      BIGINT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'push')),
    address     TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,      -- Unix seconds
    PRIMARY KEY (number, kind)
);
