-- Cohort standings (issue 12): /cohort status must place a member among up to thousands of others in
-- a few milliseconds, and counting every member's done milestones per call is one lookup per member.
-- Each membership row keeps the member's count of done milestones and whether they share their
-- progress, kept exact by triggers on every write to progress and to visibility, whatever writes it
-- (commands, buttons, nudges, /privacy forget). A place is then one range of one index.
ALTER TABLE cohort_members ADD COLUMN done INTEGER NOT NULL DEFAULT 0 CHECK (done >= 0);
ALTER TABLE cohort_members ADD COLUMN shares INTEGER NOT NULL DEFAULT 1 CHECK (shares IN (0, 1));

UPDATE cohort_members SET
    done = (SELECT count(*) FROM progress p WHERE p.member_id = cohort_members.member_id AND p.status = 'done'),
    shares = (SELECT m.visibility <> 'private' FROM members m WHERE m.id = cohort_members.member_id);

CREATE INDEX ix_cohort_members_standing ON cohort_members (cohort_id, shares, done);

CREATE TRIGGER tr_progress_done_inserted AFTER INSERT ON progress WHEN NEW.status = 'done'
BEGIN
    UPDATE cohort_members SET done = done + 1 WHERE member_id = NEW.member_id;
END;

CREATE TRIGGER tr_progress_done_changed AFTER UPDATE OF status ON progress
WHEN (OLD.status = 'done') <> (NEW.status = 'done')
BEGIN
    UPDATE cohort_members SET done = done + (CASE WHEN NEW.status = 'done' THEN 1 ELSE -1 END) WHERE member_id = NEW.member_id;
END;

CREATE TRIGGER tr_progress_done_deleted AFTER DELETE ON progress WHEN OLD.status = 'done'
BEGIN
    UPDATE cohort_members SET done = done - 1 WHERE member_id = OLD.member_id;
END;

CREATE TRIGGER tr_members_visibility_changed AFTER UPDATE OF visibility ON members
WHEN OLD.visibility <> NEW.visibility
BEGIN
    UPDATE cohort_members SET shares = (NEW.visibility <> 'private') WHERE member_id = NEW.id;
END;
