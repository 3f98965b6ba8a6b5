-- Idempotency-Key [ours] (issue 12): the first successful answer to a create, per scope (an
-- account, or the admin API) and key, kept 24 hours and replayed for the same request.
CREATE TABLE idempotent_request (
    scope        varchar(64)  NOT NULL,
    key          varchar(255) NOT NULL,
    fingerprint  char(64)     NOT NULL,  -- SHA-256 of the operation and what the request said
    state        varchar(16)  NOT NULL CHECK (state IN ('in_flight', 'done')),
    status       integer,
    location     text,
    etag         text,
    content_type text,
    body         bytea,
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotent_request_created_idx ON idempotent_request (created_at);
