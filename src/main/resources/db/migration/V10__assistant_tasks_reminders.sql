-- The Assistant's tasks and reminders. Personal data: every row belongs to one user, never to an
-- organisation, and goes with the account.

create table assistant_settings (
    user_id           uuid primary key references users (id) on delete cascade,
    time_zone         text        not null default 'UTC',
    -- Local wall-clock times in time_zone; an interval may wrap midnight (22:00-07:00).
    quiet_hours_start time,
    quiet_hours_end   time,
    updated_at        timestamptz not null default now(),
    check ((quiet_hours_start is null) = (quiet_hours_end is null))
);

create table assistant_tasks (
    id         uuid primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    title      text        not null,
    notes      text        not null default '',
    -- A task is due at an instant, on a whole day, or never; not both.
    due_at     timestamptz,
    due_date   date,
    done_at    timestamptz,
    position   bigint      not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (due_at is null or due_date is null)
);
create index assistant_tasks_user_idx on assistant_tasks (user_id, position);

create table assistant_reminders (
    id               uuid primary key,
    user_id          uuid        not null references users (id) on delete cascade,
    text             text        not null,
    rrule            text,
    time_zone        text        not null,
    -- The first occurrence as a wall-clock time in time_zone (the RRULE's DTSTART).
    starts_local     timestamp   not null,
    -- The next occurrence of the series, before quiet hours; null once done or cancelled.
    next_at          timestamptz,
    -- When the reminder's job fires: next_at moved out of quiet hours, or the snooze time.
    fire_at          timestamptz,
    snoozed_until    timestamptz,
    status           text        not null check (status in ('active', 'done', 'cancelled')),
    -- Each scheduling gets a new version and a job of its own; a job whose version is stale does nothing.
    schedule_version integer     not null default 0,
    last_fired_at    timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index assistant_reminders_user_idx on assistant_reminders (user_id, status, fire_at);

create table assistant_notifications (
    id              uuid primary key,
    user_id         uuid        not null references users (id) on delete cascade,
    reminder_id     uuid        not null references assistant_reminders (id) on delete cascade,
    text            text        not null,
    -- The occurrence (or snooze time) this notification delivers: with the step, its identity.
    occurrence_at   timestamptz not null,
    escalation_step smallint    not null default 0,
    fired_at        timestamptz not null default clock_timestamp(),
    acknowledged_at timestamptz,
    unique (reminder_id, occurrence_at, escalation_step)
);
create index assistant_notifications_user_idx on assistant_notifications (user_id, fired_at desc);
