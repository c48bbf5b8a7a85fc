-- Built-in hosting: a project's published version at /sites/{organisation slug}/{site slug}/.
-- One site per project; the slug is unique within its organisation. What the version serves
-- (static files or a Vite build, and the content hash its build is kept under) is fixed when it
-- is published, so serving a file never reads the whole version.
create table published_sites (
    project_id   uuid primary key references projects (id) on delete cascade,
    org_id       uuid        not null references organizations (id) on delete cascade,
    slug         text        not null,
    version      int         not null,
    kind         text        not null check (kind in ('static', 'vite')),
    content_hash text        not null,
    published_by uuid references users (id) on delete set null,
    published_at timestamptz not null default now(),
    unique (org_id, slug)
);
