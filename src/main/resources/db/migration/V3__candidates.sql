-- Candidates API: jobs, candidates in stages, and their activity history.
CREATE TABLE job (
    id           bigserial     PRIMARY KEY,
    account_id   uuid          NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    version      bigint        NOT NULL,
    title        varchar(200)  NOT NULL,
    description  text,
    location     varchar(500),
    status       varchar(8)    NOT NULL CHECK (status IN ('open', 'closed')),
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL
);
CREATE INDEX job_account_idx ON job (account_id, id DESC);

CREATE TABLE candidate (
    id                  bigserial     PRIMARY KEY,
    public_id           uuid          NOT NULL UNIQUE,
    account_id          uuid          NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    job_id              bigint        NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    version             bigint        NOT NULL,
    name                varchar(200)  NOT NULL,
    email               varchar(320),
    -- trimmed and lower-cased: the duplicate rule compares this.
    email_normalized    varchar(320),
    phone               varchar(100),
    linkedin            varchar(500),
    location            varchar(500),
    stage               varchar(16)   NOT NULL CHECK (stage IN ('prospect', 'applied', 'phonescreen', 'inprogress', 'hired', 'rejected')),
    rating              integer       CHECK (rating BETWEEN 1 AND 5),
    fit_score           integer       CHECK (fit_score BETWEEN 0 AND 100),
    application_source  varchar(32)   NOT NULL,
    ats_candidate_id    varchar(255),
    resume_status       varchar(16)   NOT NULL CHECK (resume_status IN ('none', 'pending', 'processing', 'processed', 'failed')),
    resume_data         jsonb,
    resume_file_id      uuid          REFERENCES resume_file (id) ON DELETE SET NULL,
    import_job_id       uuid,
    applied_at          timestamptz   NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL
);
-- One candidate per email per job, enforced by the database so concurrent creates cannot both win.
CREATE UNIQUE INDEX candidate_job_email_uq ON candidate (job_id, email_normalized) WHERE email_normalized IS NOT NULL;
-- Keyset pagination: newest first within an account.
CREATE INDEX candidate_account_idx ON candidate (account_id, id DESC);

CREATE TABLE activity (
    id            bigserial    PRIMARY KEY,
    account_id    uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    candidate_id  bigint       NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    type          varchar(32)  NOT NULL,
    data          jsonb        NOT NULL,
    created_at    timestamptz  NOT NULL
);
CREATE INDEX activity_candidate_idx ON activity (candidate_id, id DESC);
