-- The Assistant's conversations: each user's own, never shared through an organisation.
create table assistant_conversations (
    id         uuid        primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    title      text        not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index assistant_conversations_by_user on assistant_conversations (user_id, updated_at desc);

create table assistant_messages (
    id              uuid        primary key,
    conversation_id uuid        not null references assistant_conversations (id) on delete cascade,
    user_id         uuid        not null references users (id) on delete cascade,
    role            text        not null check (role in ('user', 'assistant')),
    content         text        not null,
    -- What the Assistant understood and did, for the assistant's own messages (null for the user's).
    intent          text,
    not_ai          boolean     not null default false,
    created_at      timestamptz not null default clock_timestamp()
);
create index assistant_messages_by_conversation on assistant_messages (conversation_id, created_at);
