-- Lists of the candidates API are newest first by (created_at DESC, id DESC): created_at is not
-- monotonic in id when rows are created concurrently, so the keyset carries both.
CREATE INDEX job_account_created_idx ON job (account_id, created_at DESC, id DESC);
DROP INDEX job_account_idx;

CREATE INDEX candidate_account_created_idx ON candidate (account_id, created_at DESC, id DESC);
-- The usual filter: the candidates of one job.
CREATE INDEX candidate_job_created_idx ON candidate (job_id, created_at DESC, id DESC);
DROP INDEX candidate_account_idx;

CREATE INDEX activity_candidate_created_idx ON activity (candidate_id, created_at DESC, id DESC);
DROP INDEX activity_candidate_idx;
