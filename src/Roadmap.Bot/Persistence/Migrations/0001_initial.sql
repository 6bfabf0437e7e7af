-- Members, their roadmap progress, its history, and the servers they used the bot in.
-- Discord ids are INTEGER (a ulong stored through an unchecked cast, so ids above 2^63 are negative
-- here); times are UTC unix milliseconds. Every table holding member data names the member
-- member_id (members: id), which is how /privacy export and forget find every row.

CREATE TABLE members (
    id           INTEGER PRIMARY KEY,
    stack        TEXT NULL,
    time_zone    TEXT NULL,
    weekly_hours INTEGER NULL CHECK (weekly_hours BETWEEN 0 AND 168),
    visibility   TEXT NOT NULL DEFAULT 'server' CHECK (visibility IN ('private', 'server', 'public')),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
) STRICT;

-- Not started is the absence of a row.
CREATE TABLE progress (
    member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    milestone_id TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('in_progress', 'done', 'skipped')),
    started_at   INTEGER NULL,
    completed_at INTEGER NULL,
    note         TEXT NULL CHECK (length(note) <= 500),
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (member_id, milestone_id)
) STRICT, WITHOUT ROWID;

-- Append-only: an undo is a new row that names the row it reverts.
CREATE TABLE progress_events (
    id               INTEGER PRIMARY KEY,
    member_id        INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    milestone_id     TEXT NOT NULL,
    from_status      TEXT NOT NULL CHECK (from_status IN ('not_started', 'in_progress', 'done', 'skipped')),
    to_status        TEXT NOT NULL CHECK (to_status IN ('not_started', 'in_progress', 'done', 'skipped')),
    note             TEXT NULL,
    reverts_event_id INTEGER NULL,
    at               INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_progress_events_member_at ON progress_events (member_id, at);
CREATE INDEX ix_progress_events_member_milestone ON progress_events (member_id, milestone_id, id);
CREATE INDEX ix_progress_events_reverts ON progress_events (reverts_event_id) WHERE reverts_event_id IS NOT NULL;

CREATE TRIGGER progress_events_append_only BEFORE UPDATE ON progress_events
BEGIN
    SELECT RAISE(ABORT, 'progress_events is append-only');
END;

CREATE TABLE guild_members (
    guild_id      INTEGER NOT NULL,
    member_id     INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    first_seen_at INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, member_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_guild_members_member ON guild_members (member_id, guild_id);
