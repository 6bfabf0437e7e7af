-- Cohort boards (issue 12): /mod leaderboard for a cohort of thousands, /cohort status and the weekly
-- digests of hundreds of cohorts must each be a few milliseconds, so nothing may count every member's
-- progress per call. Two things are kept exact by triggers, whatever writes (commands, buttons,
-- nudges, /privacy forget, joining and leaving):
--
-- 1. cohort_completions: each done milestone of each cohort member, once per cohort they are in, with
--    when it was done. A period's board is then one range of one index: (cohort, completed since).
--    An undone completion leaves the table (the progress row stops being done or is deleted).
-- 2. cohort_members.accepted: the member's accepted, on-time, current challenge submissions in that
--    cohort, beside the done count of 0007, so the all-time board and a place in /cohort status are
--    one range of one index (cohort, shares) holding done and accepted.

CREATE TABLE cohort_completions (
    cohort_id    INTEGER NOT NULL,
    member_id    INTEGER NOT NULL,
    milestone_id TEXT NOT NULL,
    completed_at INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, member_id, milestone_id)
) STRICT, WITHOUT ROWID;

-- The board of a period; member_id comes with the primary key, so the index covers the query.
CREATE INDEX ix_cohort_completions_period ON cohort_completions (cohort_id, completed_at);

INSERT INTO cohort_completions (cohort_id, member_id, milestone_id, completed_at)
SELECT cm.cohort_id, p.member_id, p.milestone_id, coalesce(p.completed_at, p.updated_at)
FROM cohort_members cm JOIN progress p ON p.member_id = cm.member_id AND p.status = 'done';

CREATE TRIGGER tr_progress_done_inserted_completions AFTER INSERT ON progress WHEN NEW.status = 'done'
BEGIN
    INSERT INTO cohort_completions (cohort_id, member_id, milestone_id, completed_at)
    SELECT cohort_id, NEW.member_id, NEW.milestone_id, coalesce(NEW.completed_at, NEW.updated_at)
    FROM cohort_members WHERE member_id = NEW.member_id
    ON CONFLICT (cohort_id, member_id, milestone_id) DO UPDATE SET completed_at = excluded.completed_at;
END;

-- Done again at another time moves the completion; no longer done takes it out.
CREATE TRIGGER tr_progress_done_changed_completions AFTER UPDATE OF status, completed_at ON progress
WHEN OLD.status = 'done' OR NEW.status = 'done'
BEGIN
    DELETE FROM cohort_completions
    WHERE NEW.status <> 'done' AND member_id = OLD.member_id AND milestone_id = OLD.milestone_id
      AND cohort_id IN (SELECT cohort_id FROM cohort_members WHERE member_id = OLD.member_id);
    INSERT INTO cohort_completions (cohort_id, member_id, milestone_id, completed_at)
    SELECT cohort_id, NEW.member_id, NEW.milestone_id, coalesce(NEW.completed_at, NEW.updated_at)
    FROM cohort_members WHERE member_id = NEW.member_id AND NEW.status = 'done'
    ON CONFLICT (cohort_id, member_id, milestone_id) DO UPDATE SET completed_at = excluded.completed_at;
END;

CREATE TRIGGER tr_progress_done_deleted_completions AFTER DELETE ON progress WHEN OLD.status = 'done'
BEGIN
    DELETE FROM cohort_completions
    WHERE member_id = OLD.member_id AND milestone_id = OLD.milestone_id
      AND cohort_id IN (SELECT cohort_id FROM cohort_members WHERE member_id = OLD.member_id);
END;

-- Accepted submissions: a submission counts while it is accepted, on time and current (not replaced).
ALTER TABLE cohort_members ADD COLUMN accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted >= 0);

UPDATE cohort_members SET accepted = (
    SELECT count(*) FROM challenge_submissions s JOIN challenges ch ON ch.id = s.challenge_id
    WHERE ch.cohort_id = cohort_members.cohort_id AND s.member_id = cohort_members.member_id
      AND s.verdict IS 'accepted' AND s.late = 0 AND s.replaced_at IS NULL);

-- The standing index of 0007 with accepted added: it covers the all-time board and a place in
-- /cohort status, so 0007's shorter one (a prefix of it) goes.
DROP INDEX ix_cohort_members_standing;
CREATE INDEX ix_cohort_members_score ON cohort_members (cohort_id, shares, done, accepted);

-- Joining brings the member's done milestones and accepted submissions in; leaving (or being forgotten) takes them out.
CREATE TRIGGER tr_cohort_members_joined AFTER INSERT ON cohort_members
BEGIN
    INSERT INTO cohort_completions (cohort_id, member_id, milestone_id, completed_at)
    SELECT NEW.cohort_id, member_id, milestone_id, coalesce(completed_at, updated_at)
    FROM progress WHERE member_id = NEW.member_id AND status = 'done'
    ON CONFLICT (cohort_id, member_id, milestone_id) DO UPDATE SET completed_at = excluded.completed_at;
    UPDATE cohort_members SET accepted = (
        SELECT count(*) FROM challenge_submissions s JOIN challenges ch ON ch.id = s.challenge_id
        WHERE ch.cohort_id = NEW.cohort_id AND s.member_id = NEW.member_id
          AND s.verdict IS 'accepted' AND s.late = 0 AND s.replaced_at IS NULL)
    WHERE cohort_id = NEW.cohort_id AND member_id = NEW.member_id;
END;

CREATE TRIGGER tr_cohort_members_left AFTER DELETE ON cohort_members
BEGIN
    DELETE FROM cohort_completions WHERE cohort_id = OLD.cohort_id AND member_id = OLD.member_id;
END;

CREATE TRIGGER tr_challenge_submissions_inserted_accepted AFTER INSERT ON challenge_submissions
WHEN NEW.verdict IS 'accepted' AND NEW.late = 0 AND NEW.replaced_at IS NULL
BEGIN
    UPDATE cohort_members SET accepted = accepted + 1
    WHERE cohort_id = (SELECT cohort_id FROM challenges WHERE id = NEW.challenge_id) AND member_id = NEW.member_id;
END;

CREATE TRIGGER tr_challenge_submissions_changed_accepted AFTER UPDATE OF verdict, late, replaced_at ON challenge_submissions
WHEN (OLD.verdict IS 'accepted' AND OLD.late = 0 AND OLD.replaced_at IS NULL) <> (NEW.verdict IS 'accepted' AND NEW.late = 0 AND NEW.replaced_at IS NULL)
BEGIN
    UPDATE cohort_members SET accepted = accepted + (CASE WHEN NEW.verdict IS 'accepted' AND NEW.late = 0 AND NEW.replaced_at IS NULL THEN 1 ELSE -1 END)
    WHERE cohort_id = (SELECT cohort_id FROM challenges WHERE id = NEW.challenge_id) AND member_id = NEW.member_id;
END;

CREATE TRIGGER tr_challenge_submissions_deleted_accepted AFTER DELETE ON challenge_submissions
WHEN OLD.verdict IS 'accepted' AND OLD.late = 0 AND OLD.replaced_at IS NULL
BEGIN
    UPDATE cohort_members SET accepted = accepted - 1
    WHERE cohort_id = (SELECT cohort_id FROM challenges WHERE id = OLD.challenge_id) AND member_id = OLD.member_id;
END;

-- A period's accepted submissions of a cohort: its challenges' current submissions by review time.
CREATE INDEX ix_challenge_submissions_accepted ON challenge_submissions (challenge_id, reviewed_at)
    WHERE verdict = 'accepted' AND late = 0 AND replaced_at IS NULL;
