-- An authenticator app (TOTP, RFC 6238) per user. The secrets are encrypted under the master key
-- (bound to the user, so a value cannot be moved to another account). A new authenticator waits
-- in pending_secret until the user confirms it with a first code; enabled_at marks an active one.
create table totp_authenticators (
    user_id            uuid primary key references users (id) on delete cascade,
    secret             text,
    enabled_at         timestamptz,
    -- The newest time step (unix seconds / 30) a code was accepted for: that step and older ones
    -- are refused, so a code cannot be replayed within its window.
    last_used_step     bigint      not null default 0,
    pending_secret     text,
    pending_created_at timestamptz,
    constraint totp_enabled_has_secret check (enabled_at is null or secret is not null)
);

-- One-time recovery codes, stored as SHA-256 of the normalised code (they carry 60 random bits, and
-- answering one is throttled like any second factor). used_at is set once, atomically.
create table recovery_codes (
    user_id    uuid        not null references users (id) on delete cascade,
    code_hash  text        not null,
    created_at timestamptz not null default now(),
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

-- Whom an organisation requires a second factor of: nobody, admins and owners, or every member.
alter table organizations
    add column mfa_policy text not null default 'none'
        constraint organizations_mfa_policy check (mfa_policy in ('none', 'admins', 'everyone'));
