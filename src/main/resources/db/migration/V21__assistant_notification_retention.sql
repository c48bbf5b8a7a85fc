-- The retention job deletes by delivery time across all users.
create index assistant_notifications_fired_idx on assistant_notifications (fired_at);
