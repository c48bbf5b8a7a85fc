-- Blob prefixes still to delete (an outbox): a row is written in the transaction that deletes the
-- owning rows, so the intent survives a crash or a storage outage; it is removed once the blobs are
-- gone. A recurring job retries what is left with a growing delay.
create table blob_deletions (
    prefix          text primary key,
    attempts        int         not null default 0,
    last_error      text,
    created_at      timestamptz not null default now(),
    next_attempt_at timestamptz not null default now()
);

create index blob_deletions_due on blob_deletions (next_attempt_at);
