-- Version 6: a reply is the same reply only from the same number. A generic webhook's message ids are
-- chosen by whoever sends them and may repeat across numbers: keyed by the id alone, a STOP
-- from a second number was answered as a duplicate of the first number's reply and never
-- recorded. Idempotency is now per (message id, number), for replies and for the replies
-- that confirm an opt-in.
ALTER TABLE inbound DROP CONSTRAINT inbound_pkey;
ALTER TABLE inbound ADD PRIMARY KEY (message_id, number);
ALTER TABLE optin DROP CONSTRAINT optin_message_id_key;
