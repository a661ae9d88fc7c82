-- RegionMap schema, version 1: the run record, the rejects, the location cache and the region
-- catalogs used by each run. Applied once, inside a transaction, by Migrations.

CREATE TABLE etl_runs (
    run_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    status          text NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled', 'interrupted')),
    os_user         text,
    host_name       text,
    app_version     text NOT NULL,
    target_table    text NOT NULL,
    load_mode       text NOT NULL CHECK (load_mode IN ('replace', 'append', 'upsert')),
    key_column      text,
    -- [{"path": ..., "size": ..., "sha256": ..., "rows_read": ...}]
    source_files    jsonb NOT NULL DEFAULT '[]'::jsonb,
    catalog_name    text,
    catalog_sha256  text,
    geo_provider    text,
    geo_database    text,
    rows_read       bigint NOT NULL DEFAULT 0,
    rows_loaded     bigint NOT NULL DEFAULT 0,
    rows_rejected   bigint NOT NULL DEFAULT 0,
    -- {"located": n, "invalid_ip": n, ...}
    status_counts   jsonb NOT NULL DEFAULT '{}'::jsonb,
    requests_sent   integer NOT NULL DEFAULT 0,
    request_retries integer NOT NULL DEFAULT 0,
    settings        jsonb NOT NULL DEFAULT '{}'::jsonb,
    error_message   text
);

CREATE INDEX etl_runs_target_table_idx ON etl_runs (target_table, started_at DESC);

CREATE TABLE etl_rejects (
    reject_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      bigint NOT NULL REFERENCES etl_runs (run_id) ON DELETE CASCADE,
    source_file text NOT NULL,
    line_number bigint,
    column_name text,
    value       text,
    raw_text    text,
    reason      text NOT NULL
);

CREATE INDEX etl_rejects_run_idx ON etl_rejects (run_id, line_number);

-- Answers of online providers, so that a re-run spends no quota twice.
CREATE TABLE ip_locations (
    ip           inet NOT NULL,
    source       text NOT NULL,
    status       text NOT NULL CHECK (status IN ('located', 'country_only', 'not_found', 'bogon')),
    latitude     double precision,
    longitude    double precision,
    country_code text,
    city         text,
    fetched_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (ip, source)
);

-- The regions a run assigned to, so that views can join the target table against them.
CREATE TABLE region_catalogs (
    run_id       bigint NOT NULL REFERENCES etl_runs (run_id) ON DELETE CASCADE,
    catalog_name text NOT NULL,
    code         text NOT NULL,
    name         text NOT NULL,
    city         text,
    latitude     double precision NOT NULL,
    longitude    double precision NOT NULL,
    PRIMARY KEY (run_id, code)
);
