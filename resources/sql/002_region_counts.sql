-- The rows a run loaded per region, counted once while loading, next to its status_counts:
-- {"us-east-1": n, ...}. Runs loaded before this migration have '{}'.
ALTER TABLE etl_runs ADD COLUMN region_counts jsonb NOT NULL DEFAULT '{}'::jsonb;
