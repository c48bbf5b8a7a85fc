-- Stripe payments. A checkout session is stored when it is created, so fulfilment credits what
-- Vectort priced (not what a webhook payload claims), and each processed webhook event is
-- recorded in the same transaction as its effect, so a repeated delivery changes nothing.

create table stripe_checkout_sessions (
    id              text primary key,                   -- cs_... from Stripe
    user_id         uuid        not null references users (id) on delete cascade,
    kind            text        not null check (kind in ('pack', 'plan')),
    pack            text,                               -- kind = 'pack'
    plan_id         text references plans (id),         -- kind = 'plan'
    credits_micros  bigint      not null default 0 check (credits_micros >= 0),
    amount_cents    bigint,                             -- what a pack costs; a plan's price lives in Stripe
    status          text        not null default 'open' check (status in ('open', 'completed', 'expired')),
    subscription_id text,
    expires_at      timestamptz not null,
    created_at      timestamptz not null default now(),
    completed_at    timestamptz,
    check ((kind = 'pack' and pack is not null) or (kind = 'plan' and plan_id is not null))
);
create index stripe_checkout_sessions_user_idx on stripe_checkout_sessions (user_id, created_at desc);

create table stripe_events (
    id          text primary key,                       -- evt_... from Stripe
    type        text        not null,
    livemode    boolean     not null,
    outcome     text        not null,                   -- what Vectort did with it, for operators
    received_at timestamptz not null default now()
);

-- The subscription that decides the account's plan; events of any other subscription are ignored.
alter table billing_accounts add column stripe_subscription_id text;
create unique index billing_accounts_stripe_customer_idx on billing_accounts (stripe_customer_id)
    where stripe_customer_id is not null;
