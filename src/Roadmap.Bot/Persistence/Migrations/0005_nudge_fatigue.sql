-- Fatigue (issue 11): after three nudges in a row went unanswered, the next one asks "Keep these
-- coming?". The history says which nudge asked and when the member pressed Keep on it, so
-- /privacy export shows the whole story: asked, then kept or (next row) skipped and paused.
ALTER TABLE nudges ADD COLUMN asked_keep INTEGER NOT NULL DEFAULT 0 CHECK (asked_keep IN (0, 1));
ALTER TABLE nudges ADD COLUMN kept_at INTEGER NULL;
