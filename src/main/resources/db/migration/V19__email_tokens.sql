-- When the owner of an account proved they read its email (a verification or password-reset link).
alter table users add column email_verified_at timestamptz;
-- Accounts from before verification existed keep signing in when VECTORT_EMAIL_VERIFICATION=required:
-- they are taken as verified since they were created (their owners were never asked).
update users set email_verified_at = created_at;

-- Single-use links sent by email. Only a SHA-256 of the 256-bit token is kept; issuing a link
-- deletes the user's earlier links of the same kind, so one link of each kind works at a time.
create table email_tokens (
    id         uuid primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    kind       text        not null check (kind in ('verify-email', 'password-reset')),
    token_hash bytea       not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index email_tokens_user_idx on email_tokens (user_id, kind);
