-- Why a generation has its framework (issue 17), like its application type (V39): the person chose
-- it, the description named it ("in React"), a follow-up kept the project's, or the default (HTML).
-- Generations from before were all made with a framework someone picked.
alter table generations add column framework_source text not null default 'chosen'
    constraint generations_framework_source check (framework_source in ('chosen', 'description', 'kept', 'default'));
alter table generations add column framework_evidence text;
