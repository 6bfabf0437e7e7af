-- Cohorts and challenges (issue 12): what moderators run in one server. Every table carries
-- guild_id, and every read and write names it, so an id from another server is simply unknown.
-- Times are UTC unix milliseconds, ids INTEGER, as in 0001.

-- One row per server whose moderators changed a setting.
CREATE TABLE guild_settings (
    guild_id          INTEGER PRIMARY KEY,
    nudge_channel_id  INTEGER NULL,   -- where nudges go for members whose DMs are closed
    moderator_role_id INTEGER NULL,   -- members with this role may use /mod besides Manage Server
    updated_at        INTEGER NOT NULL
) STRICT;

CREATE TABLE cohorts (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    description TEXT NULL CHECK (length(description) <= 500),
    starts_at   INTEGER NOT NULL,
    ends_at     INTEGER NULL CHECK (ends_at IS NULL OR ends_at > starts_at),
    channel_id  INTEGER NULL,   -- where its challenges, digests and results are posted
    role_id     INTEGER NULL,   -- the role its members have, for the moderators' own use
    archived_at INTEGER NULL,
    created_at  INTEGER NOT NULL
) STRICT;

-- Names are unique among a server's cohorts that are not archived, whatever their case.
CREATE UNIQUE INDEX ux_cohorts_guild_name ON cohorts (guild_id, lower(name)) WHERE archived_at IS NULL;

CREATE TABLE cohort_members (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    guild_id  INTEGER NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, member_id)
) STRICT, WITHOUT ROWID;

-- A member's cohorts (status, export, forget).
CREATE INDEX ix_cohort_members_member ON cohort_members (member_id, cohort_id);

CREATE TABLE challenges (
    id                 INTEGER PRIMARY KEY,
    guild_id           INTEGER NOT NULL,
    cohort_id          INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    title              TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    details            TEXT NULL CHECK (length(details) <= 1000),
    milestone_id       TEXT NULL,
    project_id         TEXT NULL,
    due_at             INTEGER NOT NULL,
    posted_at          INTEGER NOT NULL,
    channel_id         INTEGER NULL,   -- where the announcement went
    message_id         INTEGER NULL,   -- the announcement, with its Join and Submit buttons
    closed_at          INTEGER NULL
) STRICT;

CREATE INDEX ix_challenges_cohort ON challenges (cohort_id, due_at);
CREATE INDEX ix_challenges_open_due ON challenges (due_at) WHERE closed_at IS NULL;

-- Members who pressed Join on a challenge (or submitted to it): who the reminder goes to.
CREATE TABLE challenge_members (
    challenge_id INTEGER NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    guild_id     INTEGER NOT NULL,
    member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    joined_at    INTEGER NOT NULL,
    PRIMARY KEY (challenge_id, member_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_challenge_members_member ON challenge_members (member_id);

-- Every submission is kept: a resubmission marks the one before replaced_at, so each member has at
-- most one current submission per challenge and the history stays.
CREATE TABLE challenge_submissions (
    id           INTEGER PRIMARY KEY,
    guild_id     INTEGER NOT NULL,
    challenge_id INTEGER NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    link         TEXT NOT NULL CHECK (length(link) BETWEEN 9 AND 512 AND substr(link, 1, 8) = 'https://'),
    note         TEXT NULL CHECK (length(note) <= 500),
    submitted_at INTEGER NOT NULL,
    late         INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    verdict      TEXT NULL CHECK (verdict IN ('accepted', 'needs_work')),
    feedback     TEXT NULL CHECK (length(feedback) <= 1000),
    reviewed_at  INTEGER NULL,
    replaced_at  INTEGER NULL
) STRICT;

CREATE UNIQUE INDEX ux_challenge_submissions_current ON challenge_submissions (challenge_id, member_id) WHERE replaced_at IS NULL;
CREATE INDEX ix_challenge_submissions_member ON challenge_submissions (member_id);
CREATE INDEX ix_challenge_submissions_link ON challenge_submissions (challenge_id, link) WHERE replaced_at IS NULL;

-- Each scheduled post (a cohort's weekly digest, a challenge's reminder, its results), one row per
-- thing and due time, claimed and recorded like nudges: 'sending' before the request, then what
-- became of it, so a restart never posts twice and posts what was missed once.
CREATE TABLE cohort_posts (
    guild_id    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('digest', 'reminder', 'results')),
    subject_id  INTEGER NOT NULL,   -- the cohort for a digest, the challenge otherwise
    due_at      INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'missed', 'unknown')),
    claimed_at  INTEGER NOT NULL,
    finished_at INTEGER NULL,
    late        INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    error_code  INTEGER NULL,
    reason      TEXT NULL,
    PRIMARY KEY (kind, subject_id, due_at)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_cohort_posts_guild_failed ON cohort_posts (guild_id, finished_at) WHERE state = 'failed';

-- The board: milestones a member completed in a period.
CREATE INDEX ix_progress_done_member ON progress (member_id, completed_at) WHERE status = 'done';
