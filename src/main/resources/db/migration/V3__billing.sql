-- Plans, billing accounts and the append-only credit ledger. Money is in micro-USD (1e-6 USD):
-- exact integers; the API shows credits (1 credit = 0.001 USD).

create table plans (
    id                     text primary key,
    name                   text    not null,
    generations_per_minute int,             -- null: unlimited
    api_requests_per_day   int,             -- null: unlimited
    monthly_credits_micros bigint  not null,
    queue_excess           boolean not null default false, -- over the limit: queue instead of refuse
    position               int     not null
);

insert into plans (id, name, generations_per_minute, api_requests_per_day, monthly_credits_micros, queue_excess, position)
values ('free', 'Free', 10, 100, 1000000, false, 0),
       ('starter', 'Starter', 30, 1000, 10000000, false, 1),
       ('pro', 'Pro', 100, 10000, 50000000, true, 2),

       ('enterprise', 'Enterprise', null, null, 500000000, true, 3);

-- One per user (a user is its own organisation for now). The balances are a cache of the ledger:
-- balance_micros = sum(balance_delta) and reserved_micros = sum(reserved_delta) of the user's rows.
create table billing_accounts (
    user_id            uuid primary key references users (id) on delete cascade,
    plan_id            text        not null references plans (id),
    balance_micros     bigint      not null check (balance_micros >= 0),
    reserved_micros    bigint      not null default 0 check (reserved_micros >= 0),
    stripe_customer_id text,
    period_start       timestamptz not null default now(),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

create table credit_ledger (
    id              uuid primary key,
    user_id         uuid        not null references users (id) on delete cascade,
    kind            text        not null check (kind in
                        ('grant', 'purchase', 'reservation', 'settlement', 'release', 'refund', 'adjustment')),
    balance_delta   bigint      not null,
    reserved_delta  bigint      not null,
    idempotency_key text        not null unique,
    reference       text,
    description     text        not null default '',
    created_at      timestamptz not null default now()
);
create index credit_ledger_user_idx on credit_ledger (user_id, created_at desc, id desc);

-- What a generation reserved, so its settlement or release happens exactly once.
alter table generations add column reserved_micros bigint not null default 0;

-- Credits a node holds for an account's API calls (see ApiCredits). A node that stops
-- heartbeating is presumed dead and its outstanding hold is released by another node.
create table credit_leases (
    node               text        not null,
    user_id            uuid        not null references users (id) on delete cascade,
    outstanding_micros bigint      not null check (outstanding_micros >= 0),
    heartbeat          timestamptz not null default now(),
    primary key (node, user_id)
);
