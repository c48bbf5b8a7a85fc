-- A real holds 0.99 as 0.99000001, which the check "between 0.80 and 0.99" refused: the documented
-- upper bound could not be saved. Thresholds are exact decimals now (four places, as the cache
-- compares them), so both bounds are what they say.
alter table cache_settings drop constraint if exists cache_settings_threshold_check;
alter table cache_settings
    alter column threshold type numeric(5, 4) using round(threshold::numeric, 4);
alter table cache_settings
    add constraint cache_settings_threshold_check check (threshold is null or threshold between 0.80 and 0.99);
