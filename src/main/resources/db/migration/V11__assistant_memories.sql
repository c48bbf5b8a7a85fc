-- The Assistant's long-term memory: facts about one user, never shared through an organisation.
-- Add-only: a newer fact supersedes an older one by pointing at it (superseded_by on the older
-- row); only the user deletes. Every query filters by user_id.
create table assistant_memories (
    id             uuid primary key,
    user_id        uuid        not null references users (id) on delete cascade,
    fact           text        not null,
    source         text        not null check (source in ('explicit', 'extracted')),
    source_message text,
    created_at     timestamptz not null default clock_timestamp(),
    updated_at     timestamptz not null default clock_timestamp(),
    expires_at     timestamptz,
    superseded_by  uuid references assistant_memories (id) on delete set null,
    -- Built by the application from the fact folded to lower case without accents, with the
    -- 'simple' configuration: no stemming or stop words tied to one language, so English and
    -- French facts match alike, and no dependency on the unaccent extension.
    search_vector  tsvector    not null,
    -- 384 big-endian float32 (as float4send writes them) of the bundled MiniLM model, unit length.
    embedding      bytea       not null check (octet_length(embedding) = 1536)
);

create index assistant_memories_by_user on assistant_memories (user_id, created_at desc, id desc);
create index assistant_memories_search on assistant_memories using gin (search_vector);
create index assistant_memories_superseded on assistant_memories (superseded_by) where superseded_by is not null;

-- Bumped in the same transaction as every write to a user's memories: a node's in-memory vector
-- index of that user is current while its revision matches, on this node or any other.
create table assistant_memory_revisions (
    user_id  uuid primary key references users (id) on delete cascade,
    revision bigint not null
);
