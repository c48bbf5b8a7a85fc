-- Retention purges (docs/OPERATIONS.md, "Retention") find old rows by time, in batches: without
-- these, each batch would read the whole table.
create index llm_calls_time_idx on llm_calls (occurred_at);
create index generations_finished_idx on generations (finished_at) where finished_at is not null;
