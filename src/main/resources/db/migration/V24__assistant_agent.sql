-- The Assistant's agent: what a model did in a turn, one turn at a time per conversation, and the
-- task fields its tools use.

-- The tool steps of a reply (JSON array of {tool, ok, title, at, error}) and the model that wrote
-- it (null for replies made by the fixed rules).
alter table assistant_messages add column steps jsonb not null default '[]';
alter table assistant_messages add column model text;

-- Set while a message of the conversation is being answered: a second message waits for the first
-- reply (409) instead of interleaving with it. A turn older than a few minutes is considered dead
-- (its node stopped) and no longer blocks.
alter table assistant_conversations add column turn_started_at timestamptz;

-- How long the user thinks a task takes, the task a step was split from, and how often "what now"
-- offered it without it being done (a task offered again and again is a candidate for splitting).
alter table assistant_tasks add column estimate_minutes integer check (estimate_minutes between 1 and 1440);
alter table assistant_tasks add column parent_id uuid references assistant_tasks (id) on delete cascade;
alter table assistant_tasks add column offered_count integer not null default 0;
alter table assistant_tasks add column last_offered_at timestamptz;
create index assistant_tasks_parent_idx on assistant_tasks (parent_id) where parent_id is not null;

-- The model (or alias) a conversation asked for; null means the Assistant's default.
alter table assistant_conversations add column model text;
