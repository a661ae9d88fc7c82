-- The blank lines a run skipped in its files: they hold no record, so they are neither read nor
-- rejected, and this says why rows read can be fewer than the files' lines.
ALTER TABLE etl_runs ADD COLUMN blank_lines bigint NOT NULL DEFAULT 0;
