-- Changing the account's email: the link goes to the new address and carries it.
alter table email_tokens add column new_email text;
alter table email_tokens drop constraint email_tokens_kind_check;
alter table email_tokens
    add constraint email_tokens_kind_check check (kind in ('verify-email', 'password-reset', 'change-email')),
    add constraint email_tokens_change_has_email check (kind <> 'change-email' or new_email is not null);
