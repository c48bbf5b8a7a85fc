-- Verified builds: after a generation, a version of a project that builds is installed and built
-- in a sandbox, and the outcome is kept here, one row per version (docs/BUILDS.md). A failed build
-- may start an automatic fix round: a generation with fix_round > 0, not charged to anyone.
create table version_builds (
    project_id        uuid        not null references projects (id) on delete cascade,
    org_id            uuid        not null,
    version           int         not null,
    content_hash      text        not null,
    status            text        not null check (status in ('queued', 'running', 'passed', 'failed', 'skipped')),
    command           text        not null default '',
    reason            text,
    log               text        not null default '',
    duration_ms       bigint,
    attempts          int         not null default 0,
    fix_generation_id uuid,
    fix_round         int,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    primary key (project_id, version)
);
-- A restored version has the same files as an earlier one: its outcome is reused, not rebuilt.
create index version_builds_content_idx on version_builds (project_id, content_hash) where status in ('passed', 'failed');

-- 0 for a generation someone asked for; N for the N-th automatic fix round after a failed build.
alter table generations add column fix_round int not null default 0;
