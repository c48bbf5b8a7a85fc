-- Connections of an organisation to outside services (GitHub, any Git host, deploy hosts): one
-- token per kind, sealed under the master key and bound to its organisation and kind; only its last
-- four characters are ever shown again.
create table organization_connections (
    org_id       uuid        not null references organizations (id) on delete cascade,
    kind         text        not null check (kind in ('github', 'git', 'vercel', 'netlify', 'render')),
    token_sealed text        not null,
    token_hint   text        not null,
    -- The account the token acts as, where the service says (GitHub's login).
    account      text,
    -- The scopes GitHub granted a classic token (X-OAuth-Scopes); null when it did not say.
    scopes       text,
    created_by   uuid        references users (id) on delete set null,
    created_at   timestamptz not null default now(),
    primary key (org_id, kind)
);

-- A version pushed to a Git remote: a durable job (id = job id = event stream id) and its outcome.
create table project_pushes (
    id                uuid        primary key,
    org_id            uuid        not null references organizations (id) on delete cascade,
    project_id        uuid        not null references projects (id) on delete cascade,
    version           int         not null,
    user_id           uuid        references users (id) on delete set null,
    author_email      text        not null,
    -- The remote as the user named it: a URL without credentials, or null with github_repository.
    remote_url        text,
    -- "owner/name" on GitHub; its clone URL is resolved by the job.
    github_repository text,
    -- {name, private, owner?} when the job creates the GitHub repository first.
    create_repository jsonb,
    branch            text,
    pull_request      boolean     not null default false,
    -- A token given with this push only, sealed; erased once the push has ended.
    token_sealed      text,
    -- What the job resolved, kept so that a retry does not create the repository again.
    resolved_url      text,
    base_branch       text,
    status            text        not null check (status in ('queued', 'running', 'pushed', 'failed')),
    pushed_branch     text,
    commit_sha        text,
    pull_request_url  text,
    error_code        text,
    error_message     text,
    created_at        timestamptz not null default now(),
    finished_at       timestamptz,
    check ((remote_url is null) <> (github_repository is null))
);

create index project_pushes_by_project on project_pushes (project_id, created_at desc);
