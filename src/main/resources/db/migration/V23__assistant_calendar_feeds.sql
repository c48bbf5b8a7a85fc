-- A user's calendar subscription (the Assistant's reminders and due tasks as an ICS feed). The URL
-- carries a 256-bit token; only its SHA-256 is kept. One feed per user: replacing it or deleting the
-- row is what revokes the old URL.
create table assistant_calendar_feeds (
    user_id         uuid primary key references users (id) on delete cascade,
    token_hash      bytea       not null unique,
    created_at      timestamptz not null default now(),
    -- When a calendar app last fetched it; written at most once a minute, not on every fetch.
    last_fetched_at timestamptz
);
