-- When a member was told, on an answer to any command, that their nudges paused because their
-- direct messages are closed: they are told once per pause, not on every answer. The sweep clears
-- it when it pauses nudges for closed DMs again.
ALTER TABLE nudge_settings ADD COLUMN dms_closed_told_at INTEGER NULL;
