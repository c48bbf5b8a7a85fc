-- One row per backup attempt (scheduled or by command): the "last successful backup" metric and
-- its alert read it, so every node reports the same time.
create table backup_runs (
    id bigint generated always as identity primary key,
    started_at timestamptz not null,
    finished_at timestamptz not null,
    target text not null,
    name text,
    succeeded boolean not null,
    bytes bigint,
    error text
);

create index backup_runs_last_success on backup_runs (finished_at) where succeeded;
