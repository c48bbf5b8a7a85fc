-- Web push (RFC 8030) subscriptions of the Assistant's users: one row per browser (or installed web
-- app) that agreed to receive nudges. The endpoint is the push service's URL for that browser; p256dh
-- is the browser's public key (not secret); auth is the browser's secret for the payload encryption
-- (RFC 8291), sealed under the master key. The same endpoint subscribed again updates its row.
create table assistant_push_subscriptions (
    id                  uuid primary key,
    user_id             uuid        not null references users (id) on delete cascade,
    endpoint            text        not null,
    p256dh              text        not null,
    auth_sealed         text        not null,
    user_agent          text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    last_success_at     timestamptz,
    last_failure_at     timestamptz,
    last_failure_status int,
    unique (user_id, endpoint)
);

-- One nudge to push (the outbox written in the reminder's firing transaction), unique per nudge so
-- that a nudge delivered twice to the channel is pushed once. Deleted a day later with its deliveries.
create table assistant_push_messages (
    id              uuid primary key,
    user_id         uuid        not null references users (id) on delete cascade,
    reminder_id     uuid        not null references assistant_reminders (id) on delete cascade,
    occurrence_at   timestamptz not null,
    escalation_step int         not null,
    payload         text        not null,
    created_at      timestamptz not null default now(),
    unique (reminder_id, occurrence_at, escalation_step)
);
create index assistant_push_messages_created on assistant_push_messages (created_at);

-- Which subscriptions already have a message: a retried job skips them, so each browser gets a
-- nudge once even when another browser's push service asked for a retry.
create table assistant_push_deliveries (
    message_id      uuid        not null references assistant_push_messages (id) on delete cascade,
    subscription_id uuid        not null references assistant_push_subscriptions (id) on delete cascade,
    delivered_at    timestamptz not null default now(),
    primary key (message_id, subscription_id)
);
create index assistant_push_deliveries_subscription on assistant_push_deliveries (subscription_id);
