-- Vectort core schema: accounts, projects, generations, versions, event log, durable jobs.

create table users (
    id               uuid primary key,
    email            text        not null,
    email_normalized text        not null unique,
    password_hash    text        not null,
    created_at       timestamptz not null default now()
);

-- Refresh tokens are stored hashed; a family is one login session across rotations.
create table refresh_tokens (
    id          uuid primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    family_id   uuid        not null,
    token_hash  bytea       not null unique,
    status      text        not null check (status in ('active', 'rotated', 'revoked')),
    expires_at  timestamptz not null,
    created_at  timestamptz not null default now(),
    used_at     timestamptz
);
create index refresh_tokens_family_idx on refresh_tokens (family_id);
create index refresh_tokens_user_idx on refresh_tokens (user_id);

-- Instance-wide settings that must be identical on every node (e.g. a generated signing key).
create table instance_settings (
    key        text primary key,
    value      text        not null,
    created_at timestamptz not null default now()
);

create table projects (
    id              uuid primary key,
    owner_id        uuid        not null references users (id) on delete cascade,
    name            text        not null,
    description     text        not null default '',
    current_version int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index projects_owner_idx on projects (owner_id, updated_at desc);

create table generations (
    id               uuid primary key,
    project_id       uuid        not null references projects (id) on delete cascade,
    owner_id         uuid        not null,
    description      text        not null,
    framework        text        not null,
    app_type         text        not null,
    model            text,
    force_regenerate boolean     not null default false,
    generator_id     text        not null,
    generator_kind   text        not null,
    generator_label  text        not null,
    status           text        not null check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    attempts         int         not null default 0,
    base_version     int         not null,
    result_version   int,
    summary          text,
    error_code       text,
    error_message    text,
    provider         text,
    provider_model   text,
    input_tokens     bigint,
    output_tokens    bigint,
    usage_estimated  boolean,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz
);
create index generations_project_idx on generations (project_id, created_at desc);
-- One active generation per project: a follow-up must build on the result of the previous one.
create unique index generations_one_active_per_project on generations (project_id)
    where status in ('queued', 'running');

create table versions (
    project_id    uuid        not null references projects (id) on delete cascade,
    number        int         not null,
    generation_id uuid,
    -- The version this one was made from: a generation's base, or the version a restore copied.
    parent_number int,
    summary       text        not null default '',
    file_count    int         not null,
    total_bytes   bigint      not null,
    created_at    timestamptz not null default now(),
    primary key (project_id, number)
);

-- File contents are stored once per project and shared by the versions that contain them.
create table file_contents (
    project_id uuid  not null references projects (id) on delete cascade,
    sha256     bytea not null,
    content    bytea not null,
    primary key (project_id, sha256)
);

create table version_files (
    project_id     uuid  not null,
    version_number int   not null,
    path           text  not null,
    sha256         bytea not null,
    size           int   not null,
    primary key (project_id, version_number, path),
    foreign key (project_id, version_number) references versions (project_id, number) on delete cascade
);

-- Append-only per-stream event log (a stream is a generation); seq is the SSE event id.
create table event_log (
    stream_id  uuid        not null,
    seq        bigint      not null,
    type       text        not null,
    data       jsonb       not null,
    created_at timestamptz not null default now(),
    primary key (stream_id, seq)
);

-- db-scheduler's table (durable jobs with heartbeats and dead-execution recovery).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
