-- Accounts (tenants) and their API keys. A key is stored only as its SHA-256 hash.
CREATE TABLE account (
    id          uuid        PRIMARY KEY,
    name        varchar(200) NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE api_key (
    id            uuid        PRIMARY KEY,
    account_id    uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    prefix        varchar(32) NOT NULL,
    key_hash      varchar(64) NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX api_key_account_idx ON api_key (account_id);

-- Auto-apply profiles.
CREATE TABLE profile (
    id                    uuid         PRIMARY KEY,
    account_id            uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    version               bigint       NOT NULL,
    name                  varchar(100) NOT NULL,
    status                varchar(16)  NOT NULL CHECK (status IN ('ready', 'importing', 'import_failed')),
    import_error          text,
    -- contact, location, links, work_experience, education, eligibility, preferences,
    -- self_identification and memories: one document, each section replaced whole by PATCH.
    sections              jsonb        NOT NULL,
    cover_letter_template text,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL
);
-- The list endpoint reads one account's profiles newest first.
CREATE INDEX profile_account_created_idx ON profile (account_id, created_at DESC, id DESC);
