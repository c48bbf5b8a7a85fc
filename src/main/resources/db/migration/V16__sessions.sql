-- A session is one sign-in on one device: the family of refresh tokens rotated from it. Its row is
-- locked by every refresh, so two refreshes of one session run one after the other and a reused
-- token always sees (and revokes) what the other issued.
create table sessions (
    id                 uuid primary key,
    user_id            uuid        not null references users (id) on delete cascade,
    -- How the first factor was proven: 'password', or the provider's id ('google', 'oidc', ...).
    method             text        not null,
    user_agent         text,
    client_address     text,
    created_at         timestamptz not null default now(),
    last_used_at       timestamptz not null default now(),
    -- Last proof of the user's presence (sign-in, password or second factor): step-up is fresh for 5 minutes.
    authenticated_at   timestamptz not null default now(),
    second_factor_at   timestamptz,
    revoked_at         timestamptz
);
create index sessions_user_idx on sessions (user_id, last_used_at desc);

-- Sessions that existed before: one row per refresh-token family.
insert into sessions (id, user_id, method, created_at, last_used_at, authenticated_at, revoked_at)
select family_id,
       min(user_id::text)::uuid,
       'password',
       min(created_at),
       max(coalesce(used_at, created_at)),
       min(created_at),
       case when bool_or(status = 'active') then null else max(coalesce(used_at, created_at)) end
from refresh_tokens
group by family_id;

alter table refresh_tokens
    add constraint refresh_tokens_session_fk foreign key (family_id) references sessions (id) on delete cascade;

-- Failed sign-in attempts by key ('account:<email>', 'address:<ip>', 'mfa:<user>'): shared by all
-- nodes, so guessing cannot be spread across them. An attempt is counted before its password is
-- hashed, so a burst in parallel is counted exactly.
create table sign_in_attempts (
    key            text primary key,
    failures       integer     not null,
    last_failed_at timestamptz not null,
    blocked_until  timestamptz
);
