-- Channel choices, the user's language, opt-in check-ins (morning plan, evening review), and the
-- email channel's delivery keys. Personal data: every row goes with the account.

alter table assistant_settings
    add column email_nudges           boolean not null default false,
    add column push_nudges            boolean not null default true,
    -- 'en' or 'fr'; null = English (or the language of the next settings save).
    add column language               text check (language in ('en', 'fr')),
    -- Local times in time_zone; null = that check-in is off.
    add column morning_plan_at        time,
    add column evening_check_in_at    time,
    -- When each check-in was turned on or moved: a check-in whose time today had already passed
    -- then starts tomorrow, instead of arriving right after the save.
    add column morning_plan_since     timestamptz,
    add column evening_check_in_since timestamptz;

-- Check-ins are notifications too, without a reminder.
alter table assistant_notifications
    add column kind text not null default 'reminder'
        check (kind in ('reminder', 'morning_plan', 'evening_review')),
    alter column reminder_id drop not null,
    add check ((kind = 'reminder') = (reminder_id is not null));
-- One check-in notification per user, kind and moment (a reminder's is unique by reminder already).
create unique index assistant_notifications_check_in_idx
    on assistant_notifications (user_id, kind, occurrence_at) where reminder_id is null;

-- One row per check-in that came due: the key that makes it fire once per local day, across
-- restarts and nodes.
create table assistant_check_ins (
    user_id      uuid        not null references users (id) on delete cascade,
    kind         text        not null check (kind in ('morning_plan', 'evening_review')),
    local_date   date        not null,
    -- The chosen local time on local_date, in the user's zone then (before quiet hours).
    due_at       timestamptz not null,
    delivered_at timestamptz,
    primary key (user_id, kind, local_date)
);

-- One row per email the Assistant decided to send, keyed by what it is about (a reminder's
-- occurrence and step, or a check-in): written with the job that sends it, marked when sent.
create table assistant_email_deliveries (
    key        text primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    created_at timestamptz not null default now(),
    sent_at    timestamptz
);
create index assistant_email_deliveries_user_idx on assistant_email_deliveries (user_id);
create index assistant_email_deliveries_created_idx on assistant_email_deliveries (created_at);
