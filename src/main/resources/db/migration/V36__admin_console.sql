-- The admin console: suspension of organisations, and daily rollups the console reads instead of
-- the raw logs (llm_calls, the ledger, generations, messages), so a page view never scans them.

alter table organizations add column suspended_at timestamptz;
alter table organizations add column suspension_reason text;

-- How far each rollup source has been aggregated: rows with a time in [epoch, rolled_up_to) are
-- counted in the rollup tables, every later row is not. Moved in the transaction that adds them.
create table console_watermarks (
    source       text primary key,
    rolled_up_to timestamptz not null
);

-- LLM calls per UTC day x organisation x source (builder, api, assistant) x model.
create table console_call_usage (
    day           date           not null,
    org_id        uuid           not null,
    source        text           not null,
    model         text           not null,
    calls         bigint         not null,
    failed_calls  bigint         not null,
    input_tokens  bigint         not null,
    output_tokens bigint         not null,
    cost_usd      numeric(24, 10) not null,
    latency_ms    bigint         not null,
    primary key (day, org_id, source, model)
);
create index console_call_usage_org_idx on console_call_usage (org_id, day);

-- Credits charged (settled usage) per UTC day x organisation, in micro-USD.
create table console_charges (
    day            date   not null,
    org_id         uuid   not null,
    charged_micros bigint not null,
    primary key (day, org_id)
);
create index console_charges_org_idx on console_charges (org_id, day);

-- Finished generations per UTC day x organisation x framework x app type x status x failure code.
create table console_generations (
    day          date           not null,
    org_id       uuid           not null,
    framework    text           not null,
    app_type     text           not null,
    status       text           not null,
    failure_code text           not null,
    generations  bigint         not null,
    cache_hits   bigint         not null,
    cost_usd     numeric(24, 10) not null,
    duration_ms  bigint         not null,
    primary key (day, org_id, framework, app_type, status, failure_code)
);

-- Uses of each feature (builder, gateway, assistant, sms, deploy) per UTC day x organisation.
create table console_feature_usage (
    day     date   not null,
    feature text   not null,
    org_id  uuid   not null,
    uses    bigint not null,
    primary key (day, feature, org_id)
);

-- Who used a feature on a day (distinct active users are counted from it).
create table console_active_users (
    day     date not null,
    feature text not null,
    user_id uuid not null,
    primary key (day, feature, user_id)
);

-- Each running node says it is alive every few seconds; the console lists those seen recently.
create table console_nodes (
    name         text primary key,
    started_at   timestamptz not null,
    last_seen_at timestamptz not null
);

-- The rollup reads each source by time window: these keep those reads on an index.
create index credit_ledger_settled_idx on credit_ledger (created_at) where kind = 'settlement';
create index assistant_messages_created_idx on assistant_messages (created_at) where role = 'user';
create index sms_messages_created_idx on sms_messages (created_at) where direction = 'inbound';
create index deployments_created_idx on deployments (created_at);
