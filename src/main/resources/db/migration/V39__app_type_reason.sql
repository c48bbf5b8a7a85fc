-- Why a generation has its application type (issue 17): the person chose it, the description named
-- it (and the words that did), a follow-up kept the project's, or nothing named one (the default).
alter table generations add column app_type_source text not null default 'chosen'
    constraint generations_app_type_source check (app_type_source in ('chosen', 'description', 'kept', 'default'));
alter table generations add column app_type_evidence text;
