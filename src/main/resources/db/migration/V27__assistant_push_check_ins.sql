-- Check-ins (the morning plan, the evening review) are pushed too: a push message is then about a
-- check-in ("morning_plan/2026-12-04"), not a reminder, and is unique per user and check-in.
alter table assistant_push_messages alter column reminder_id drop not null;
alter table assistant_push_messages add column check_in text;
alter table assistant_push_messages
    add constraint assistant_push_messages_about_one check ((reminder_id is null) <> (check_in is null));
create unique index assistant_push_messages_check_in on assistant_push_messages (user_id, check_in)
    where check_in is not null;
