-- Board indexes (issue 12, second pass): the boards of a 5,000-member cohort must each cost well under
-- 5 ms, and 0009 still left three of them reading thousands of rows per call.
--
-- 1. /challenge board looked up each submitter's visibility (one read of members per submission).
--    Each submission now carries whether its member shares, kept by triggers as 0007 does for
--    cohort_members, and one partial index over the current submissions covers the whole board: the
--    first ranked ones in order, and the counts.
-- 2. A place in /cohort status and the all-time board count and order by done + accepted; with that
--    sum in the index, "ahead of me", "level with me" and the top of the board are each one range.
-- 3. A period's accepted submissions by review time now carry the member, so a period's board reads
--    no submission rows.

ALTER TABLE challenge_submissions ADD COLUMN shares INTEGER NOT NULL DEFAULT 1 CHECK (shares IN (0, 1));

UPDATE challenge_submissions SET shares = 0
WHERE member_id IN (SELECT id FROM members WHERE visibility = 'private');

-- A private member's new submission is marked at once (the default is sharing).
CREATE TRIGGER tr_challenge_submissions_inserted_shares AFTER INSERT ON challenge_submissions
WHEN (SELECT visibility FROM members WHERE id = NEW.member_id) IS 'private'
BEGIN
    UPDATE challenge_submissions SET shares = 0 WHERE id = NEW.id;
END;

-- Going private, or back, moves every submission of the member (0007's trigger does cohort_members).
CREATE TRIGGER tr_members_visibility_changed_submissions AFTER UPDATE OF visibility ON members
WHEN (OLD.visibility = 'private') <> (NEW.visibility = 'private')
BEGIN
    UPDATE challenge_submissions SET shares = (NEW.visibility <> 'private') WHERE member_id = NEW.id;
END;

-- The board of a challenge: ranked submissions (sharing, accepted, on time) come out in submission
-- order, and everything the summary counts is in the index. replaced_at (always null here) is in it
-- too: older SQLite counts a partial index as covering only if it holds the columns of its WHERE.
CREATE INDEX ix_challenge_submissions_board
    ON challenge_submissions (challenge_id, guild_id, shares, verdict, late, submitted_at, member_id, replaced_at)
    WHERE replaced_at IS NULL;

-- Places and the all-time board by score.
DROP INDEX ix_cohort_members_score;
CREATE INDEX ix_cohort_members_rank ON cohort_members (cohort_id, shares, done + accepted, done, accepted);

-- 0009's period index for accepted submissions, with the member (and the columns of its WHERE, as above).
DROP INDEX ix_challenge_submissions_accepted;
CREATE INDEX ix_challenge_submissions_accepted ON challenge_submissions (challenge_id, reviewed_at, member_id, verdict, late, replaced_at)
    WHERE verdict = 'accepted' AND late = 0 AND replaced_at IS NULL;
