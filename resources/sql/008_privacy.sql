-- What a run kept of each address (docs/privacy.md: keep, truncate, hash, drop), and the minimum
-- count: places, map cells and exported aggregates of fewer rows are merged or withheld from what
-- the results show and export. Runs before this migration kept their addresses.
ALTER TABLE etl_runs ADD COLUMN privacy_mode text NOT NULL DEFAULT 'keep'
    CHECK (privacy_mode IN ('keep', 'truncate', 'hash', 'drop'));
ALTER TABLE etl_runs ADD COLUMN min_count integer NOT NULL DEFAULT 1 CHECK (min_count >= 1);
