-- How the response cache serves each generation: the key its result is stored under, and the
-- entry it replayed instead of calling a model (a cache hit, charged nothing).
alter table generations add column cache_key text;
alter table generations add column cache_replayed_key text;
alter table generations add column cache_layer text;

-- Cache warming finds the request behind a popular entry by its key.
create index generations_cache_key_idx on generations (owner_id, cache_key) where cache_key is not null;
