-- Uploaded résumé files. The bytes live in PostgreSQL so that an accepted upload is stored in
-- the same transaction as the job that will parse it: nothing accepted is ever lost.
CREATE TABLE resume_file (
    id            uuid         PRIMARY KEY,
    account_id    uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    file_name     varchar(255) NOT NULL,
    content_type  varchar(100) NOT NULL,
    format        varchar(8)   NOT NULL CHECK (format IN ('pdf', 'docx', 'txt', 'md', 'rtf')),
    size_bytes    bigint       NOT NULL,
    sha256        varchar(64)  NOT NULL,
    content       bytea        NOT NULL,
    uploaded_at   timestamptz  NOT NULL
);

-- Durable import jobs. Workers claim them with FOR UPDATE SKIP LOCKED under a lease; a job whose
-- lease expired (its worker died) is claimed again by any replica; attempts are counted.
CREATE TABLE import_job (
    id            uuid         PRIMARY KEY,
    account_id    uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    target        varchar(16)  NOT NULL,
    target_id     varchar(64)  NOT NULL,
    file_id       uuid         NOT NULL REFERENCES resume_file (id) ON DELETE CASCADE,
    state         varchar(16)  NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts      integer      NOT NULL DEFAULT 0,
    lease_until   timestamptz,
    worker        varchar(100),
    error         text,
    created_at    timestamptz  NOT NULL,
    finished_at   timestamptz
);
CREATE INDEX import_job_pending_idx ON import_job (created_at) WHERE state IN ('queued', 'running');

-- A profile points at its current résumé file and, while importing, at the job that will fill it.
ALTER TABLE profile ADD COLUMN resume_file_id uuid REFERENCES resume_file (id) ON DELETE SET NULL;
ALTER TABLE profile ADD COLUMN import_job_id uuid;
ALTER TABLE profile ADD COLUMN resume jsonb;
