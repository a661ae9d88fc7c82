-- Saved planner answers (docs/planner.md): a what-if or a best-k set of regions, with the numbers
-- the planner gave for it, the run or table it was planned on, who saved it and when.
CREATE TABLE plan_scenarios (
    scenario_id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    target_table text NOT NULL,
    run_id bigint, -- NULL: the whole table
    regions text[] NOT NULL, -- provider:code
    objective text NOT NULL, -- mean_km, p95_km or within_ms
    objective_ms double precision, -- the round trip of within_ms
    method text NOT NULL, -- what-if, exact or greedy+swap
    numbers jsonb NOT NULL, -- the answer as regionmap-cli plan --json prints it
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
