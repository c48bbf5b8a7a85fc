-- Response cache (io.vectort.cache): the L3 archive, per-scope settings and daily statistics.
-- scope = the owning organisation (for now the user id); entries are never shared across scopes.

create table cache_entries (
    scope             uuid        not null,
    cache_type        text        not null check (cache_type in ('builder', 'chat')),
    hash              text        not null,
    body              text        not null,
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    -- hits since the entry was last stored, added in batches by each node's flush
    hits              bigint      not null default 0,
    last_hit_at       timestamptz,
    -- Builder entries indexed for similar-prompt lookups
    framework         text,
    app_type          text,
    normalized_prompt text,
    embedding         real[],
    primary key (scope, cache_type, hash)
);

create index cache_entries_expiry on cache_entries (expires_at);
create index cache_entries_similar on cache_entries (scope, framework, app_type, created_at desc)
    where embedding is not null;
create index cache_entries_popular on cache_entries (hits desc) where cache_type = 'builder' and hits > 0;

create table cache_settings (
    scope           uuid primary key,
    similar_prompts boolean     not null default false,
    threshold       real        null check (threshold is null or threshold between 0.80 and 0.99),
    updated_at      timestamptz not null default now()
);

create table cache_stats (
    scope        uuid   not null,
    day          date   not null,
    cache_type   text   not null,
    l1_hits      bigint not null default 0,
    l2_hits      bigint not null default 0,
    l3_hits      bigint not null default 0,
    similar_hits bigint not null default 0,
    misses       bigint not null default 0,
    primary key (scope, day, cache_type)
);
