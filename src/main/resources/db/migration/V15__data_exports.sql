-- "Your data": an export of everything Vectort holds about one user, built by a durable job into a
-- single ZIP in the blob store (exports/users/<user_id>/<id>.zip) and downloadable through a signed
-- link until expires_at.
--
-- user_id has no foreign key on purpose: when the account is deleted, its export rows outlive it
-- until the purge job has deleted their blobs, then the rows go too (the rows are the outbox of
-- that deletion, so a storage outage at that moment loses nothing).
create table data_exports (
    id          uuid primary key,
    user_id     uuid             not null,
    status      text             not null default 'queued'
        check (status in ('queued', 'running', 'ready', 'failed', 'expired')),
    progress    double precision not null default 0 check (progress between 0 and 1),
    size_bytes  bigint,
    error       text,
    created_at  timestamptz      not null default now(),
    started_at  timestamptz,
    finished_at timestamptz,
    -- Set when the archive is ready: after this the link stops working and the blob is deleted.
    expires_at  timestamptz,
    check (status <> 'ready' or expires_at is not null)
);
create index data_exports_user_idx on data_exports (user_id, created_at desc);
create index data_exports_ready_idx on data_exports (expires_at) where status = 'ready';
