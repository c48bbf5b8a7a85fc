-- The Assistant by SMS: the user's phone (verified by a code, opted out by STOP), dedicated
-- numbers, every message in and out with its delivery state and price, and the per-plan budget.
-- Personal data: phones and messages go with the account; a dedicated number outlives it only
-- until it is released at the provider.

alter table assistant_settings
    add column sms_nudges boolean not null default false;

-- Outbound segments a month (both directions are counted for display; outbound is what is refused).
alter table plans
    add column sms_segments_per_month int; -- null: unlimited
update plans set sms_segments_per_month = case id
    when 'free' then 50 when 'starter' then 300 when 'pro' then 1000 else null end;

create table sms_phones (
    user_id          uuid        primary key references users (id) on delete cascade,
    -- E.164, "+33612345678".
    number           text        not null,
    verified_at      timestamptz,
    -- STOP (or Twilio's error 21610) sets it; START clears it. Every outbound path checks it.
    opted_out_at     timestamptz,
    -- The pending one-time code, as a keyed hash; never the code itself.
    code_hash        text,
    code_expires_at  timestamptz,
    code_attempts    int         not null default 0,
    -- Codes sent in the current hour, against texting a stranger's phone in a loop.
    codes_window_at  timestamptz,
    codes_in_window  int         not null default 0,
    -- The conversation texts go to: one per user, made on the first text.
    conversation_id  uuid,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
-- A number belongs to one account once verified: shared-number routing finds the user by it.
create unique index sms_phones_verified_number_idx on sms_phones (number) where verified_at is not null;

-- Numbers bought for one user (dedicated routing). The row stays after release, for the costs.
create table sms_numbers (
    id            uuid        primary key,
    -- Null once the account is deleted: the releaser then gives the number back.
    user_id       uuid        references users (id) on delete set null,
    number        text        not null,
    provider_sid  text        not null,
    acquired_at   timestamptz not null default now(),
    released_at   timestamptz
);
create unique index sms_numbers_active_user_idx on sms_numbers (user_id) where released_at is null;
create unique index sms_numbers_active_number_idx on sms_numbers (number) where released_at is null;

create table sms_messages (
    id            uuid        primary key,
    -- Null for a stranger's message (answered once with how to sign up) and its answer.
    user_id       uuid        references users (id) on delete cascade,
    direction     text        not null check (direction in ('inbound', 'outbound')),
    -- What it is: inbound 'message'; outbound 'reply', 'more', 'reminder', 'check-in',
    -- 'verification', 'help', 'consent', 'sign-up', 'media'.
    kind          text        not null,
    -- Twilio's MessageSid (or the simulator's): unique, so a retried webhook is stored once.
    provider_sid  text        unique,
    -- An outbound message's idempotency key (a reminder's occurrence, a reply to an inbound sid).
    reference     text        unique,
    from_number   text        not null,
    to_number     text        not null,
    body          text        not null,
    segments      int         not null,
    encoding      text        not null check (encoding in ('GSM-7', 'UCS-2')),
    status        text        not null,
    error_code    text,
    -- The provider's price (negative as Twilio reports it is stored positive), in micro-USD.
    price_micros  bigint,
    attempt       int         not null default 1,
    -- What was cut off a long reply, sent when the user texts MORE.
    remainder     text,
    -- An inbound message is answered in order: processed_at marks the answered ones.
    processed_at  timestamptz,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index sms_messages_user_idx on sms_messages (user_id, created_at);
create index sms_messages_unanswered_idx on sms_messages (user_id, created_at)
    where direction = 'inbound' and processed_at is null;

-- Every status the provider reported, in order: the delivery history.
create table sms_status_events (
    message_id  uuid        not null references sms_messages (id) on delete cascade,
    status      text        not null,
    error_code  text,
    at          timestamptz not null default now()
);
create index sms_status_events_message_idx on sms_status_events (message_id, at);

-- Strangers told how to sign up, so each is told at most once a day.
create table sms_unknown_senders (
    number       text        primary key,
    answered_at  timestamptz not null
);

-- A delivery report that came before the text's provider id was stored (Twilio may call back
-- before its answer to the send reaches us, and never retries a status callback): kept here and
-- applied when the id is stored.
create table sms_early_statuses (
    provider_sid  text        not null,
    status        text        not null,
    error_code    text,
    at            timestamptz not null default now()
);
create index sms_early_statuses_sid_idx on sms_early_statuses (provider_sid);
