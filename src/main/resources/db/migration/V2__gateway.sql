-- LLM gateway: API keys for the OpenAI-compatible API, and the log of every routed LLM call.

create table api_keys (
    id           uuid primary key,
    owner_id     uuid        not null references users (id) on delete cascade,
    name         text        not null,
    prefix       text        not null,
    key_hash     bytea       not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_keys_owner_idx on api_keys (owner_id, created_at desc);

-- Written in batches off the request path; one row per routed call (fallbacks included).
create table llm_calls (
    id              uuid primary key,
    occurred_at     timestamptz    not null,
    source          text           not null,
    user_id         uuid,
    api_key_id      uuid,
    requested_model text           not null,
    deployment      text,
    provider        text,
    model           text,
    status          text           not null,
    error_kind      text,
    input_tokens    bigint         not null,
    output_tokens   bigint         not null,
    usage_estimated boolean        not null,
    cost_usd        numeric(20, 10) not null,
    latency_ms      int            not null,
    ttft_ms         int,
    fallbacks       int            not null,
    route_reason    text           not null
);
create index llm_calls_user_time_idx on llm_calls (user_id, occurred_at);

-- What a generation's LLM calls cost (0 for the offline starter).
alter table generations add column cost_usd numeric(20, 10);
