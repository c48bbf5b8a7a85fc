-- Deployments of a project's version to a static host (Vercel, Netlify, Render). The status
-- history lives in the event log (stream id = deployment id), which also feeds the SSE stream.
create table deployments (
    id                     uuid primary key,
    org_id                 uuid        not null,
    project_id             uuid        not null references projects (id) on delete cascade,
    version                int         not null,
    platform               text        not null check (platform in ('vercel', 'netlify', 'render')),
    kind                   text        not null default 'deploy' check (kind in ('deploy', 'redeploy', 'rollback')),
    status                 text        not null check (status in ('queued', 'building', 'uploading', 'deploying',
                                                                  'ready', 'failed')),
    site_name              text        not null,
    repository             text,
    branch                 text        not null default 'main',
    -- A token given with the request, sealed under the master key; erased when the deployment ends.
    sealed_token           text,
    provider_site_id       text,
    provider_deployment_id text,
    url                    text,
    error_code             text,
    error_message          text,
    -- The provider's build log, bounded (the newest part is kept).
    log                    text        not null default '',
    -- The step of the job that may act next: a job with an older step is a stale duplicate.
    step                   int         not null default 0,
    source_id              uuid        references deployments (id) on delete set null,
    created_by             uuid        references users (id) on delete set null,
    created_by_email       text,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    finished_at            timestamptz
);
create index deployments_project_idx on deployments (project_id, created_at desc);
create index deployments_site_idx on deployments (project_id, platform, created_at desc)
    where provider_site_id is not null;
