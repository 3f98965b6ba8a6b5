-- Crash-safe attempts, fast takeover and fair claims (issue 12).
--
-- attempts now counts parses begun and never ended (the process died while parsing the file),
-- no longer claims: a job interrupted by a crash, a kill or an outage at any other moment is
-- retried without penalty.
COMMENT ON COLUMN import_job.attempts IS 'parses of this file begun; one not ended means its worker died while parsing';

-- The key of the PostgreSQL session advisory lock (class 1986622561, this key) that the job's
-- worker holds for as long as its process lives: once that session is gone, any replica may take
-- the job at once instead of waiting for its lease to expire.
ALTER TABLE import_job ADD COLUMN worker_lock integer;

-- Claims go round the accounts with waiting jobs; this finds each account's pending jobs.
CREATE INDEX import_job_account_pending_idx ON import_job (account_id) WHERE state IN ('queued', 'running');
