-- The rows of each run as weighted points: one row per distinct place and assignment, with the
-- number of the run's rows it stands for. The results views (and the planner) read these, a few
-- thousand rows, instead of the run's millions. Written by the load in its own transaction, or
-- made once from the rows for runs loaded before; docs/point-table.md.
CREATE TABLE etl_points (
    run_id             bigint NOT NULL REFERENCES etl_runs (run_id) ON DELETE CASCADE,
    geo_status         text NOT NULL,
    geo_source         text,
    latitude           double precision,
    longitude          double precision,
    country_code       text,
    city               text,
    region_code        text,
    second_region_code text,
    distance_km        double precision,
    second_distance_km double precision,
    est_rtt_ms         double precision,
    est_rtt_source     text,
    uncertainty_km     double precision,
    assignment         text,
    agreement          text,
    row_count          bigint NOT NULL CHECK (row_count > 0)
);
CREATE INDEX etl_points_run_idx ON etl_points (run_id);

-- How many points a run has in etl_points: NULL until they are made.
ALTER TABLE etl_runs ADD COLUMN point_count bigint;
