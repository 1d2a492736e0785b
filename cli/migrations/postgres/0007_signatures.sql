-- Version 7: replay memory for the edge's signed requests (contract C4). Each origin
-- remembered the signatures it accepted in its own memory, so a second origin process
-- behind the same edge, or one restarted inside the 300-second window, accepted a
-- captured request once more (a forwarded send was sent again). The signatures accepted
-- inside their window are now claimed here, once, by whichever process sees them first.
CREATE TABLE edge_signatures (
    signature    BYTEA PRIMARY KEY,
    forget_after BIGINT NOT NULL  -- Unix seconds: past it the window refuses it anyway
);
CREATE INDEX edge_signatures_forget_after ON edge_signatures (forget_after);
