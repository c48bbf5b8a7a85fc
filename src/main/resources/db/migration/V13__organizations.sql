-- Organisations own everything a team shares. Every user gets a personal organisation whose id is
-- the user's id, so the rows that hung off a user (owner_id / user_id) already name the right
-- organisation: this migration only adds the organisations, renames the columns and re-points
-- the foreign keys. The Assistant's tables stay personal (user_id).

create table organizations (
    id         uuid primary key,
    name       text        not null,
    slug       text        not null unique,
    personal   boolean     not null default false,
    created_by uuid references users (id) on delete set null,
    created_at timestamptz not null default now()
);

create table memberships (
    org_id     uuid        not null references organizations (id) on delete cascade,
    user_id    uuid        not null references users (id) on delete cascade,
    role       text        not null check (role in ('owner', 'admin', 'member', 'viewer')),
    created_at timestamptz not null default now(),
    primary key (org_id, user_id)
);
create index memberships_user_idx on memberships (user_id);

-- The person who hosts the instance (the first user to register, or VECTORT_ADMIN_EMAILS).
alter table users add column platform_admin boolean not null default false;
update users set platform_admin = true
where id = (select id from users order by created_at, id limit 1);

insert into organizations (id, name, slug, personal, created_by, created_at)
select id,
       'Personal',
       'p-' || replace(id::text, '-', ''),
       true,
       id,
       created_at
from users;

insert into memberships (org_id, user_id, role, created_at)
select id, id, 'owner', created_at from users;

-- Projects and generations: owned by an organisation, made by a user.
alter table projects rename column owner_id to org_id;
alter table projects drop constraint projects_owner_id_fkey;
alter table projects add foreign key (org_id) references organizations (id) on delete cascade;
alter table projects add column created_by uuid references users (id) on delete set null;
update projects set created_by = org_id;
alter index projects_owner_idx rename to projects_org_idx;

alter table generations rename column owner_id to org_id;
alter table generations add column requested_by uuid references users (id) on delete set null;
update generations set requested_by = org_id;
alter index generations_cache_key_idx rename to generations_org_cache_key_idx;

-- API keys act in the organisation that owns them; they may carry their own budget and models.
alter table api_keys rename column owner_id to org_id;
alter table api_keys drop constraint api_keys_owner_id_fkey;
alter table api_keys add foreign key (org_id) references organizations (id) on delete cascade;
alter table api_keys add column created_by uuid references users (id) on delete set null;
update api_keys set created_by = org_id;
alter table api_keys add column daily_budget_micros bigint check (daily_budget_micros > 0);
alter table api_keys add column monthly_budget_micros bigint check (monthly_budget_micros > 0);
alter table api_keys add column allowed_models text[];
alter index api_keys_owner_idx rename to api_keys_org_idx;

-- Billing: the account, its ledger, leases and checkouts are the organisation's.
alter table billing_accounts rename column user_id to org_id;
alter table billing_accounts drop constraint billing_accounts_user_id_fkey;
alter table billing_accounts add foreign key (org_id) references organizations (id) on delete cascade;

alter table credit_ledger rename column user_id to org_id;
alter table credit_ledger drop constraint credit_ledger_user_id_fkey;
alter table credit_ledger add foreign key (org_id) references organizations (id) on delete cascade;
alter index credit_ledger_user_idx rename to credit_ledger_org_idx;

alter table credit_leases rename column user_id to org_id;
alter table credit_leases drop constraint credit_leases_user_id_fkey;
alter table credit_leases add foreign key (org_id) references organizations (id) on delete cascade;

alter table stripe_checkout_sessions rename column user_id to org_id;
alter table stripe_checkout_sessions drop constraint stripe_checkout_sessions_user_id_fkey;
alter table stripe_checkout_sessions add foreign key (org_id) references organizations (id) on delete cascade;
alter table stripe_checkout_sessions add column created_by uuid references users (id) on delete set null;
alter index stripe_checkout_sessions_user_idx rename to stripe_checkout_sessions_org_idx;

-- The call log: which organisation paid, and (for web calls) which user asked.
alter table llm_calls rename column user_id to org_id;
alter index llm_calls_user_time_idx rename to llm_calls_org_time_idx;

-- Spending of each API key per UTC day and month, for key budgets (see KeyBudgets).
create table api_key_spend (
    key_id       uuid   not null references api_keys (id) on delete cascade,
    period       text   not null,           -- 'd:2026-12-04' or 'm:2026-12'
    spent_micros bigint not null default 0 check (spent_micros >= 0),
    primary key (key_id, period)
);

-- Invitations: only a hash of the token is stored; single use, bound to organisation and role.
create table invitations (
    id               uuid primary key,
    org_id           uuid        not null references organizations (id) on delete cascade,
    email            text        not null,
    email_normalized text        not null,
    role             text        not null check (role in ('owner', 'admin', 'member', 'viewer')),
    token_hash       bytea       not null unique,
    invited_by       uuid references users (id) on delete set null,
    status           text        not null default 'pending'
        check (status in ('pending', 'accepted', 'withdrawn')),
    expires_at       timestamptz not null,
    created_at       timestamptz not null default now(),
    accepted_at      timestamptz,
    accepted_by      uuid references users (id) on delete set null
);
create index invitations_org_idx on invitations (org_id, created_at desc);
-- One pending invitation per address and organisation; inviting again replaces it.
create unique index invitations_one_pending on invitations (org_id, email_normalized) where status = 'pending';

-- The audit log: append-only, written in the transaction of the change it records. actor_email
-- is a copy at the time (the audit outlives renames); deleting an account anonymises its entries.
create table audit_log (
    id             bigserial primary key,
    org_id         uuid        not null references organizations (id) on delete cascade,
    occurred_at    timestamptz not null default clock_timestamp(),
    actor_id       uuid,
    actor_email    text,
    action         text        not null,
    target_type    text,
    target_id      text,
    details        jsonb       not null default '{}',
    client_address text,
    request_id     text
);
create index audit_log_org_time_idx on audit_log (org_id, occurred_at desc, id desc);
create index audit_log_actor_idx on audit_log (actor_id) where actor_id is not null;
