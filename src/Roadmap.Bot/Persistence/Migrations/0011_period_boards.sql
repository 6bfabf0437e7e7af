-- Period boards (issue 12, fourth pass): /mod leaderboard for the last 7 or 30 days of a 5,000-member
-- cohort must cost under 5 ms, and grouping the period's completions by member (0009) cost 4 ms for a
-- week and 9 ms for a month. Each membership now keeps its points of each period, so the top of a
-- board is the first entries of one index range, as the all-time board is (0010).
--
-- A rolling period never stands still, so what is kept is exact for a moment, not for now:
-- board_windows.since says which points the counts hold (those scored at or after it). Triggers keep
-- that true through every write (completions arriving, undone or moved; submissions accepted,
-- replaced or deleted; joining, leaving, forgetting), and the minute job (BoardWindowSweep) moves
-- since forward, taking out what aged past it, in one transaction. A board asked for between two
-- runs takes out itself what aged since the last one: a few members at most, read by time.

CREATE TABLE board_windows (
    period TEXT PRIMARY KEY CHECK (period IN ('week', 'month')),
    since  INTEGER NOT NULL   -- unix milliseconds: the counts hold the points scored at or after this
) STRICT, WITHOUT ROWID;

-- From the beginning of time, so the counts start as the all-time ones; the first run of the minute
-- job (at start-up) moves both to now.
INSERT INTO board_windows (period, since) VALUES ('week', 0), ('month', 0);

ALTER TABLE cohort_members ADD COLUMN week_done INTEGER NOT NULL DEFAULT 0 CHECK (week_done >= 0);
ALTER TABLE cohort_members ADD COLUMN week_accepted INTEGER NOT NULL DEFAULT 0 CHECK (week_accepted >= 0);
ALTER TABLE cohort_members ADD COLUMN month_done INTEGER NOT NULL DEFAULT 0 CHECK (month_done >= 0);
ALTER TABLE cohort_members ADD COLUMN month_accepted INTEGER NOT NULL DEFAULT 0 CHECK (month_accepted >= 0);

-- Since 0: every completion and every counted submission (0009 keeps the same counts as done and accepted).
UPDATE cohort_members SET week_done = done, month_done = done, week_accepted = accepted, month_accepted = accepted;

-- The top of a period's board and its summary, as ix_cohort_members_rank does for all time.
CREATE INDEX ix_cohort_members_week ON cohort_members (cohort_id, shares, week_done + week_accepted, week_done, week_accepted);
CREATE INDEX ix_cohort_members_month ON cohort_members (cohort_id, shares, month_done + month_accepted, month_done, month_accepted);

-- Completions (0009 keeps cohort_completions exact, joining and leaving included). A completion older
-- than both windows changes nothing, so an old one brought in by joining costs no update.
CREATE TRIGGER tr_cohort_completions_inserted_periods AFTER INSERT ON cohort_completions
WHEN NEW.completed_at >= (SELECT min(since) FROM board_windows)
BEGIN
    UPDATE cohort_members SET
        week_done = week_done + (NEW.completed_at >= (SELECT since FROM board_windows WHERE period = 'week')),
        month_done = month_done + (NEW.completed_at >= (SELECT since FROM board_windows WHERE period = 'month'))
    WHERE cohort_id = NEW.cohort_id AND member_id = NEW.member_id;
END;

CREATE TRIGGER tr_cohort_completions_deleted_periods AFTER DELETE ON cohort_completions
WHEN OLD.completed_at >= (SELECT min(since) FROM board_windows)
BEGIN
    UPDATE cohort_members SET
        week_done = week_done - (OLD.completed_at >= (SELECT since FROM board_windows WHERE period = 'week')),
        month_done = month_done - (OLD.completed_at >= (SELECT since FROM board_windows WHERE period = 'month'))
    WHERE cohort_id = OLD.cohort_id AND member_id = OLD.member_id;
END;

-- Done again at another time (0009's upsert) may move a completion into a window or out of it.
CREATE TRIGGER tr_cohort_completions_moved_periods AFTER UPDATE OF completed_at ON cohort_completions
WHEN max(OLD.completed_at, NEW.completed_at) >= (SELECT min(since) FROM board_windows)
BEGIN
    UPDATE cohort_members SET
        week_done = week_done
            + (NEW.completed_at >= (SELECT since FROM board_windows WHERE period = 'week'))
            - (OLD.completed_at >= (SELECT since FROM board_windows WHERE period = 'week')),
        month_done = month_done
            + (NEW.completed_at >= (SELECT since FROM board_windows WHERE period = 'month'))
            - (OLD.completed_at >= (SELECT since FROM board_windows WHERE period = 'month'))
    WHERE cohort_id = NEW.cohort_id AND member_id = NEW.member_id;
END;

-- Submissions: one counts in a period while it is accepted, on time and current (0009's rule) and was
-- reviewed at or after the period's since. coalesce: a submission not yet reviewed has no time.
CREATE TRIGGER tr_challenge_submissions_inserted_periods AFTER INSERT ON challenge_submissions
WHEN NEW.verdict IS 'accepted' AND NEW.late = 0 AND NEW.replaced_at IS NULL
 AND NEW.reviewed_at >= (SELECT min(since) FROM board_windows)
BEGIN
    UPDATE cohort_members SET
        week_accepted = week_accepted + (NEW.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'week')),
        month_accepted = month_accepted + (NEW.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'month'))
    WHERE cohort_id = (SELECT cohort_id FROM challenges WHERE id = NEW.challenge_id) AND member_id = NEW.member_id;
END;

CREATE TRIGGER tr_challenge_submissions_changed_periods AFTER UPDATE OF verdict, late, replaced_at, reviewed_at ON challenge_submissions
WHEN coalesce(NEW.verdict IS 'accepted' AND NEW.late = 0 AND NEW.replaced_at IS NULL AND NEW.reviewed_at >= (SELECT min(since) FROM board_windows), 0)
  OR coalesce(OLD.verdict IS 'accepted' AND OLD.late = 0 AND OLD.replaced_at IS NULL AND OLD.reviewed_at >= (SELECT min(since) FROM board_windows), 0)
BEGIN
    UPDATE cohort_members SET
        week_accepted = week_accepted
            + coalesce(NEW.verdict IS 'accepted' AND NEW.late = 0 AND NEW.replaced_at IS NULL
                       AND NEW.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'week'), 0)
            - coalesce(OLD.verdict IS 'accepted' AND OLD.late = 0 AND OLD.replaced_at IS NULL
                       AND OLD.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'week'), 0),
        month_accepted = month_accepted
            + coalesce(NEW.verdict IS 'accepted' AND NEW.late = 0 AND NEW.replaced_at IS NULL
                       AND NEW.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'month'), 0)
            - coalesce(OLD.verdict IS 'accepted' AND OLD.late = 0 AND OLD.replaced_at IS NULL
                       AND OLD.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'month'), 0)
    WHERE cohort_id = (SELECT cohort_id FROM challenges WHERE id = NEW.challenge_id) AND member_id = NEW.member_id;
END;

CREATE TRIGGER tr_challenge_submissions_deleted_periods AFTER DELETE ON challenge_submissions
WHEN OLD.verdict IS 'accepted' AND OLD.late = 0 AND OLD.replaced_at IS NULL
 AND OLD.reviewed_at >= (SELECT min(since) FROM board_windows)
BEGIN
    UPDATE cohort_members SET
        week_accepted = week_accepted - (OLD.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'week')),
        month_accepted = month_accepted - (OLD.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'month'))
    WHERE cohort_id = (SELECT cohort_id FROM challenges WHERE id = OLD.challenge_id) AND member_id = OLD.member_id;
END;

-- Joining: the member's completions arrive through 0009's trigger (and the ones above); their
-- submissions to the cohort's challenges stayed when they left, so they are counted again here.
CREATE TRIGGER tr_cohort_members_joined_periods AFTER INSERT ON cohort_members
BEGIN
    UPDATE cohort_members SET
        week_accepted = (
            SELECT count(*) FROM challenge_submissions s JOIN challenges ch ON ch.id = s.challenge_id
            WHERE ch.cohort_id = NEW.cohort_id AND s.member_id = NEW.member_id
              AND s.verdict IS 'accepted' AND s.late = 0 AND s.replaced_at IS NULL
              AND s.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'week')),
        month_accepted = (
            SELECT count(*) FROM challenge_submissions s JOIN challenges ch ON ch.id = s.challenge_id
            WHERE ch.cohort_id = NEW.cohort_id AND s.member_id = NEW.member_id
              AND s.verdict IS 'accepted' AND s.late = 0 AND s.replaced_at IS NULL
              AND s.reviewed_at >= (SELECT since FROM board_windows WHERE period = 'month'))
    WHERE cohort_id = NEW.cohort_id AND member_id = NEW.member_id;
END;
