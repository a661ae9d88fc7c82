-- etl_points becomes one partition per run (etl_points_r<run_id>), made in the run's own
-- transaction and attached when complete (by a user who owns etl_points; others write to the
-- default partition, etl_points_shared): no foreign key or index to maintain row by row while
-- a load writes its points, a run's points are read by partition pruning, and a replaced run's
-- points go with a DROP instead of a DELETE. Runs are linked by run_id; the points of a run that
-- no longer has point_count are dropped after the load that replaced it (PointTable::dropStale).
-- The points made under migration 4 are made again on first open (PointMaker).
DROP TABLE etl_points;
UPDATE etl_runs SET point_count = NULL WHERE point_count IS NOT NULL;
CREATE TABLE etl_points (
    run_id             bigint NOT NULL,
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
) PARTITION BY LIST (run_id);

-- Where a user who does not own etl_points (a server whose schema a DBA set up) writes its
-- points: such a user may insert and delete, but not attach partitions.
CREATE TABLE etl_points_shared PARTITION OF etl_points DEFAULT;
