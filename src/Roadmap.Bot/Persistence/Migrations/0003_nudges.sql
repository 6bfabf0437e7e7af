-- Weekly nudges (issue 11): each member's nudge settings, and each nudge the scheduler claimed.
-- Times are UTC unix milliseconds, ids INTEGER, as in 0001.

-- One row per member who was offered nudges or set them up. The source of truth for scheduling:
-- next_due_at is the next instant something is due for the member, and it is set exactly when there
-- is one, so the scheduler claims every row whose next_due_at has come, whatever its state:
--   on                  next_due_at is the next weekly nudge;
--   paused by 'member'  next_due_at is the first weekly slot on or after paused_until, when the
--                       nudges resume by themselves (the scheduler sets the state back to on);
--   paused otherwise    ('dms_closed', 'no_reply') and off: no next_due_at, nothing is sent until the
--                       member turns nudges on again.
-- The last CHECK holds those rules, so no code path can leave a member paused with a nudge due, or
-- on with none.
CREATE TABLE nudge_settings (
    member_id      INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    state          TEXT NOT NULL CHECK (state IN ('on', 'off', 'paused')),
    day_of_week    INTEGER NOT NULL DEFAULT 1 CHECK (day_of_week BETWEEN 1 AND 7),      -- ISO: 1 Monday .. 7 Sunday
    local_time     INTEGER NOT NULL DEFAULT 540 CHECK (local_time BETWEEN 0 AND 1439),  -- minutes after local midnight
    next_due_at    INTEGER NULL,
    -- A local date, YYYY-MM-DD. The '+0 days' makes date() normalize 2026-02-30 to 2026-03-02, which
    -- then differs from what is stored; without a modifier date() passes any day up to 31.
    paused_until   TEXT NULL CHECK (paused_until IS NULL OR (length(paused_until) = 10 AND date(paused_until, '+0 days') IS paused_until)),
    pause_reason   TEXT NULL CHECK (pause_reason IN ('member', 'dms_closed', 'no_reply')),
    skipped_due_at INTEGER NULL,                                                       -- the due instant /nudges skip skipped
    unanswered     INTEGER NOT NULL DEFAULT 0,                                         -- nudges in a row with no interaction or progress since
    keep_asked_at  INTEGER NULL,                                                       -- when "Keep these coming?" went out
    dm_channel_id  INTEGER NULL,                                                       -- the member's DM channel, opened once
    offered_at     INTEGER NULL,                                                       -- when the opt-in button was first shown
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    CHECK (CASE state
        WHEN 'on' THEN next_due_at IS NOT NULL AND pause_reason IS NULL AND paused_until IS NULL
        WHEN 'off' THEN next_due_at IS NULL AND pause_reason IS NULL AND paused_until IS NULL
        ELSE pause_reason IS NOT NULL
            AND (pause_reason = 'member') = (paused_until IS NOT NULL)
            AND (paused_until IS NOT NULL) = (next_due_at IS NOT NULL)
    END)
) STRICT;

-- What the scheduler's sweep reads: every row with something due, paused-by-member ones included.
CREATE INDEX ix_nudge_settings_due ON nudge_settings (next_due_at) WHERE next_due_at IS NOT NULL;

-- Each nudge the sweep claimed, one per member and due time, and what became of it.
CREATE TABLE nudges (
    member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    due_at       INTEGER NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'skipped', 'missed', 'unknown')),
    claimed_at   INTEGER NOT NULL,
    finished_at  INTEGER NULL,
    late         INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    milestone_id TEXT NULL,      -- what it suggested
    error_code   INTEGER NULL,   -- Discord's code when it failed
    reason       TEXT NULL,      -- why it was skipped or failed, in words
    message_id   INTEGER NULL,
    PRIMARY KEY (member_id, due_at)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_nudges_sending ON nudges (claimed_at) WHERE state = 'sending';
