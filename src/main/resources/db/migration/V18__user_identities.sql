-- Sign-in with providers (Google, GitHub, Apple, any OpenID Connect issuer).

-- Accounts made through a provider have no password until their owner sets one.
alter table users alter column password_hash drop not null;

-- A provider's account linked to a Vectort account: (provider, subject) is the provider's stable id
-- of the person (OIDC "sub", GitHub's numeric id); the email is what the provider said last time.
create table user_identities (
    provider       text        not null,
    subject        text        not null,
    user_id        uuid        not null references users (id) on delete cascade,
    email          text,
    email_verified boolean     not null default false,
    -- The person's name as the provider gave it (Apple sends it only on the first sign-in).
    display_name   text,
    created_at     timestamptz not null default now(),
    last_used_at   timestamptz not null default now(),
    primary key (provider, subject),
    -- One account per provider per user: unlinking names the provider.
    unique (user_id, provider)
);

-- A sign-in on its way to the provider: the state's hash keys it; the rest (PKCE verifier, nonce,
-- where to go next) is encrypted under a key derived from the state itself, so a copy of the table
-- alone cannot complete anything. The browser that started it holds a cookie whose hash is kept
-- here. One-time: the callback deletes the row it reads.
create table oauth_authorization_requests (
    state_hash   bytea primary key,
    binding_hash bytea       not null,
    provider     text        not null,
    sealed       bytea       not null,
    expires_at   timestamptz not null
);
create index oauth_authorization_requests_expiry_idx on oauth_authorization_requests (expires_at);

-- One-time tickets, stored hashed: 'link' = a provider identity waiting for the password of the
-- account its verified email belongs to; 'intent' = a signed-in user linking one more provider.
create table oauth_tickets (
    ticket_hash    bytea primary key,
    kind           text        not null check (kind in ('link', 'intent')),
    user_id        uuid        not null references users (id) on delete cascade,
    provider       text        not null,
    subject        text,
    email          text,
    email_verified boolean     not null default false,
    display_name   text,
    next_path      text,
    expires_at     timestamptz not null
);
create index oauth_tickets_expiry_idx on oauth_tickets (expires_at);
