-- Where a cohort's members are (issue 14's members-per-stage picture, in /mod insights and in every
-- weekly digest): a member's stage is that of the furthest milestone, in track order, they have
-- done. Reading every done milestone of every member cost about 4 ms for a 250-member cohort, most
-- of a digest; now each membership keeps the position of its member's furthest done milestone, so a
-- cohort's picture is one pass over its memberships.
--
-- The track order comes from the content, which the database does not hold: milestone_positions is
-- the order the counts were kept in. InsightsStore compares it with the loaded roadmap before its
-- first read and, when they differ (a new edition, or this migration's empty table), writes the new
-- order and counts every membership again, in one transaction. A milestone the roadmap no longer has
-- has no position and counts for nothing, as before.

CREATE TABLE milestone_positions (
    milestone_id TEXT PRIMARY KEY,
    position     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Null: nothing done that the roadmap still has.
ALTER TABLE cohort_members ADD COLUMN furthest INTEGER NULL;

-- A milestone done further along than the furthest so far moves it; any other is already behind it.
CREATE TRIGGER tr_progress_done_inserted_furthest AFTER INSERT ON progress WHEN NEW.status = 'done'
BEGIN
    UPDATE cohort_members SET furthest = (SELECT position FROM milestone_positions WHERE milestone_id = NEW.milestone_id)
    WHERE member_id = NEW.member_id
      AND (SELECT position FROM milestone_positions WHERE milestone_id = NEW.milestone_id) > coalesce(furthest, -1);
END;

-- Done, or no longer done: counted again from the member's own rows (at most one per milestone).
CREATE TRIGGER tr_progress_done_changed_furthest AFTER UPDATE OF status ON progress
WHEN (OLD.status = 'done') <> (NEW.status = 'done')
BEGIN
    UPDATE cohort_members SET furthest = (
        SELECT max(o.position) FROM progress p JOIN milestone_positions o ON o.milestone_id = p.milestone_id
        WHERE p.member_id = NEW.member_id AND p.status = 'done')
    WHERE member_id = NEW.member_id;
END;

CREATE TRIGGER tr_progress_done_deleted_furthest AFTER DELETE ON progress WHEN OLD.status = 'done'
BEGIN
    UPDATE cohort_members SET furthest = (
        SELECT max(o.position) FROM progress p JOIN milestone_positions o ON o.milestone_id = p.milestone_id
        WHERE p.member_id = OLD.member_id AND p.status = 'done')
    WHERE member_id = OLD.member_id;
END;

CREATE TRIGGER tr_cohort_members_joined_furthest AFTER INSERT ON cohort_members
BEGIN
    UPDATE cohort_members SET furthest = (
        SELECT max(o.position) FROM progress p JOIN milestone_positions o ON o.milestone_id = p.milestone_id
        WHERE p.member_id = NEW.member_id AND p.status = 'done')
    WHERE cohort_id = NEW.cohort_id AND member_id = NEW.member_id;
END;
