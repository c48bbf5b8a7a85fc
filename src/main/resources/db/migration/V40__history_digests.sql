-- A follow-up's rolling summary of the project's history, condensed by the model (issue 17): kept on
-- the generation that made it, covering the first `history_digest_turns` user requests of its
-- version's lineage, so that a restored version never inherits the summary of turns it undid.
alter table generations add column history_digest text;
alter table generations add column history_digest_turns integer;
alter table generations add constraint generations_history_digest_whole check (
    (history_digest is null and history_digest_turns is null)
    or (history_digest is not null and history_digest_turns > 0));
