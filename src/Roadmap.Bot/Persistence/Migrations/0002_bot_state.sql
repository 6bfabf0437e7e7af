-- Small facts the bot keeps about itself between runs, such as the hash of the command definitions
-- last registered with Discord (so an unchanged set is not registered again). Nothing about members.

CREATE TABLE bot_state (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
