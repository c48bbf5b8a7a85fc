-- Entries written in one transaction (an account's sign-up grant and its first reservation) got
-- the same now() and listed in random id order; the wall clock at insert keeps the ledger in the
-- order things happened.
alter table credit_ledger alter column created_at set default clock_timestamp();
