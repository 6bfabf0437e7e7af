-- Weekly nudges in the nudge channel (issue 12): a member whose direct messages are closed gets the
-- nudge in a server's nudge channel instead. The nudge row keeps which server and channel it went to,
-- chosen once before the post, so a resend after a crash goes to the same channel with the same nonce.
ALTER TABLE nudges ADD COLUMN guild_id INTEGER NULL;     -- the server whose nudge channel it was posted in
ALTER TABLE nudges ADD COLUMN channel_id INTEGER NULL;   -- that channel; null for a direct message

-- A nudge channel post that failed is a failed scheduled post of its server, listed by /mod config
-- show beside digests, reminders and results: kind 'nudge', subject the member. SQLite cannot change
-- a CHECK in place, so the table is built again with the same rows.
CREATE TABLE cohort_posts_new (
    guild_id    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('digest', 'reminder', 'results', 'nudge')),
    subject_id  INTEGER NOT NULL,   -- the cohort for a digest, the member for a nudge, the challenge otherwise
    due_at      INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'missed', 'unknown')),
    claimed_at  INTEGER NOT NULL,
    finished_at INTEGER NULL,
    late        INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    error_code  INTEGER NULL,
    reason      TEXT NULL,
    PRIMARY KEY (kind, subject_id, due_at)
) STRICT, WITHOUT ROWID;

INSERT INTO cohort_posts_new (guild_id, kind, subject_id, due_at, state, claimed_at, finished_at, late, error_code, reason)
SELECT guild_id, kind, subject_id, due_at, state, claimed_at, finished_at, late, error_code, reason FROM cohort_posts;

DROP TABLE cohort_posts;
ALTER TABLE cohort_posts_new RENAME TO cohort_posts;

CREATE INDEX ix_cohort_posts_guild_failed ON cohort_posts (guild_id, finished_at) WHERE state = 'failed';
