#!/usr/bin/env python3
"""Runs RegionMap's benchmarks and prints the summary (called by scripts/bench).

scripts/bench builds the programs, writes the inputs and starts a throwaway database cluster;
this script measures: the per-stage microbenchmarks (bench_stages, Google Benchmark), the end to
end runs of `regionmap-cli run` per input size (wall time, rows/s, peak RSS from /usr/bin/time -v
and peak anonymous RSS sampled from /proc), the load floor (psql \\copy of the run's own enriched
rows into a new table in one transaction), and optionally the GUI stall probe. Every number is the
median of the repeats. Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

# The targets from docs/benchmarks.md: (key, label, threshold, unit, higher is better).
TARGETS = [
    ("e2e_1m", "End to end, 1M rows, offline", 250_000, "rows/s", True),
    ("csv", "CSV parsing", 2_000_000, "rows/s", True),
    ("locate", "Offline location", 1_000_000, "rows/s", True),
    ("nearest", "Nearest region (with the coordinate cache)", 2_000_000, "rows/s", True),
    ("copy", "COPY load", 1_000_000, "rows/s", True),
    ("rss_10m", "Peak RSS at 10M rows (without the mapped geo database)", 200, "MB", False),
    ("gui_stall", "Worst GUI event-loop stall, 1M-row run", 50, "ms", False),
]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def cpu_busy(seconds=1.0):
    """Fraction of all CPUs busy over `seconds` (from /proc/stat)."""
    def snap():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        idle = v[3] + v[4]
        return sum(v), idle
    t0, i0 = snap()
    time.sleep(seconds)
    t1, i1 = snap()
    return 0.0 if t1 == t0 else 1.0 - (i1 - i0) / (t1 - t0)


class Quiet:
    """Waits, before each timed run, until the machine is quiet (other people's builds)."""

    def __init__(self, threshold, timeout):
        self.threshold = threshold
        self.timeout = timeout
        self.samples = []

    def wait(self):
        busy = cpu_busy()
        if self.threshold < 1.0:
            deadline = time.monotonic() + self.timeout
            while busy > self.threshold and time.monotonic() < deadline:
                log("  machine busy (%.0f %% CPU), waiting" % (busy * 100))
                time.sleep(5)
                busy = cpu_busy()
        self.samples.append(busy)
        return busy


def machine_info(psql_uri):
    info = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds")}
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        for key in ("Model name", "CPU(s)", "Thread(s) per core", "L3 cache", "Hypervisor vendor"):
            m = re.search(r"^%s:\s*(.+)$" % re.escape(key), lscpu, re.M)
            if m:
                info[key.lower().replace(" ", "_").replace("(s)", "s")] = m.group(1).strip()
    except OSError:
        pass
    with open("/proc/meminfo") as f:
        info["memory_gb"] = round(int(f.readline().split()[1]) / 1024 / 1024, 1)
    info["kernel"] = platform.release()
    try:
        info["os"] = dict(
            l.rstrip().split("=", 1) for l in open("/etc/os-release") if "=" in l
        ).get("PRETTY_NAME", "").strip('"')
    except OSError:
        pass
    if psql_uri:
        r = subprocess.run(["psql", "-XAtq", psql_uri, "-c", "select version()"],
                           capture_output=True, text=True)
        info["postgresql"] = r.stdout.strip().split(" on ")[0]
        r = subprocess.run(["psql", "-XAtq", psql_uri, "-c",
                            "select string_agg(name || '=' || setting, ', ' order by name) from "
                            "pg_settings where name in ('fsync','synchronous_commit','wal_level',"
                            "'shared_buffers','full_page_writes','backend_flush_after')"],
                           capture_output=True, text=True)
        info["postgresql_settings"] = r.stdout.strip()
    here = os.path.dirname(os.path.abspath(__file__))
    r = subprocess.run(["git", "-C", here, "describe", "--always", "--dirty"],
                       capture_output=True, text=True)
    info["commit"] = r.stdout.strip()
    return info


def psql(uri, *commands, check=True):
    args = ["psql", "-XAtq", "-v", "ON_ERROR_STOP=1", uri]
    for c in commands:
        args += ["-c", c]
    return subprocess.run(args, capture_output=True, text=True, check=check).stdout


class RssSampler(threading.Thread):
    """Polls /proc/<pid>/status of the process that /usr/bin/time started, every 20 ms."""

    def __init__(self, time_pid):
        super().__init__(daemon=True)
        self.time_pid = time_pid
        self.peak_anon_kb = 0
        self.peak_file_kb = 0
        self.stop = False

    def child(self):
        try:
            with open("/proc/%d/task/%d/children" % (self.time_pid, self.time_pid)) as f:
                kids = f.read().split()
            return int(kids[0]) if kids else None
        except (OSError, ValueError):
            return None

    def run(self):
        pid = None
        while not self.stop:
            pid = pid or self.child()
            if pid:
                try:
                    with open("/proc/%d/status" % pid) as f:
                        status = f.read()
                    anon = int(re.search(r"RssAnon:\s+(\d+)", status).group(1))
                    shmem = int(re.search(r"RssShmem:\s+(\d+)", status).group(1))
                    filekb = int(re.search(r"RssFile:\s+(\d+)", status).group(1))
                    self.peak_anon_kb = max(self.peak_anon_kb, anon + shmem)
                    self.peak_file_kb = max(self.peak_file_kb, filekb)
                except (OSError, AttributeError):
                    pass
            time.sleep(0.02)


def parse_time_v(text):
    out = {}
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    if m:
        parts = [float(p) for p in m.group(1).split(":")]
        secs = 0.0
        for p in parts:
            secs = secs * 60 + p
        out["wall_s"] = secs
    for key, pat in (("user_s", r"User time \(seconds\): (\S+)"),
                     ("sys_s", r"System time \(seconds\): (\S+)"),
                     ("max_rss_kb", r"Maximum resident set size \(kbytes\): (\d+)")):
        m = re.search(pat, text)
        if m:
            out[key] = float(m.group(1))
    return out


def e2e_run(cli, csv_path, table, uri):
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        cmd = ["/usr/bin/time", "-v", "-o", tf.name, cli, "run", "--data", csv_path,
               "--catalog", "aws", "--table", table, "--mode", "replace", "--quiet", "--json"]
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        sampler = RssSampler(proc.pid)
        sampler.start()
        stdout, stderr = proc.communicate()
        wall = time.monotonic() - start
        sampler.stop = True
        sampler.join()
        if proc.returncode != 0:
            raise RuntimeError("regionmap-cli run failed (%d): %s" % (proc.returncode, stderr))
        result = parse_time_v(tf.read())
    summary = json.loads(stdout)
    result["rows"] = summary["rows_read"]
    result["loaded"] = summary["rows_loaded"]
    result["job_s"] = summary["duration_s"]
    result.setdefault("wall_s", wall)
    result["peak_anon_mb"] = sampler.peak_anon_kb / 1024
    result["peak_file_mb"] = sampler.peak_file_kb / 1024
    result["max_rss_mb"] = result.get("max_rss_kb", 0) / 1024
    result["rows_per_s"] = result["rows"] / result["wall_s"]
    return result


def median_of(runs, key):
    return statistics.median(r[key] for r in runs)


def run_stages(args, quiet, out_dir):
    log("== per-stage benchmarks (%s)" % os.path.basename(args.stage_input))
    quiet.wait()
    out = os.path.join(out_dir, "stages.json")
    cmd = [args.bench_stages, "--input=" + args.stage_input, "--db=" + args.db_uri,
           "--benchmark_repetitions=%d" % args.repeats,
           "--benchmark_out=" + out, "--benchmark_out_format=json"]
    if args.repeats > 1:
        cmd.append("--benchmark_report_aggregates_only=true")
    if args.geodb:
        cmd.append("--geodb=" + args.geodb)
    load = os.getloadavg()[0]
    subprocess.run(cmd, check=True, stdout=sys.stderr)
    with open(out) as f:
        data = json.load(f)
    results = {}
    for b in data["benchmarks"]:
        name = b["run_name"].split("/")[0]
        if args.repeats > 1 and b.get("aggregate_name") != "median":
            continue
        if "items_per_second" not in b:
            continue
        results[name] = {"items_per_s": b["items_per_second"],
                         "ms": b["real_time"], "label": b.get("label", "")}
    return {"load1": load, "benchmarks": results}


def run_e2e(args, quiet, sizes):
    out = {}
    for n in sizes:
        path = os.path.join(args.data_dir, "people-%s%s.csv" % (size_name(n), args.file_suffix))
        table = "bench_%s%s" % (size_name(n), args.file_suffix.replace("-", "_"))
        log("== end to end: %s rows" % f"{n:,}")
        if n <= 1_000_000 and args.repeats > 1:
            e2e_run(args.cli, path, table, args.db_uri)  # warm-up: the next runs replace a table
        runs = []
        for i in range(args.repeats):
            psql(args.db_uri, "CHECKPOINT")
            busy = quiet.wait()
            load = os.getloadavg()[0]
            r = e2e_run(args.cli, path, table, args.db_uri)
            r["busy_before"] = busy
            r["load1"] = load
            runs.append(r)
            log("  run %d: %.2f s, %s rows/s, user %.2f s, sys %.2f s, max RSS %.0f MB, "
                "anon %.0f MB" % (i + 1, r["wall_s"], f"{r['rows_per_s']:,.0f}", r["user_s"],
                                  r["sys_s"], r["max_rss_mb"], r["peak_anon_mb"]))
        out[n] = {
            "runs": runs,
            "wall_s": median_of(runs, "wall_s"),
            "rows_per_s": median_of(runs, "rows_per_s"),
            "user_s": median_of(runs, "user_s"),
            "sys_s": median_of(runs, "sys_s"),
            "max_rss_mb": max(r["max_rss_mb"] for r in runs),
            "peak_anon_mb": max(r["peak_anon_mb"] for r in runs),
            "peak_file_mb": max(r["peak_file_mb"] for r in runs),
            "load1": statistics.median(r["load1"] for r in runs),
        }
        if n == 1_000_000:
            out["floor"] = run_load_floor(args, quiet, table, n)
        if args.bench_results and "results" in args.only.split(","):
            out.setdefault("results", {})[n] = run_results(args, table, n)
        if n == 1_000_000 and "plan" in args.only.split(","):
            out["plan"] = run_plan(args, quiet, table)
        if n > 1_000_000:
            psql(args.db_uri, "DROP TABLE IF EXISTS %s" % table)
    return out


def run_results(args, table, rows):
    """The results page's queries on the loaded table, from its points and from its rows; the
    first call after a server restart (cold shared buffers) and the warm median."""
    log("== results queries on %s rows (after a server restart)" % f"{rows:,}")
    subprocess.run([args.cli, "db", "stop"], check=True, capture_output=True)
    subprocess.run([args.cli, "db", "start"], check=True, capture_output=True)
    proc = subprocess.run([args.bench_results, "--db=" + args.db_uri, "--table=" + table,
                           "--repeats=%d" % max(3, args.repeats)],
                          check=True, capture_output=True, text=True)
    r = json.loads(proc.stdout)
    for source in ("points", "rows"):
        log("  from the %s: %s" % (source, ", ".join(
            "%s %.0f ms cold / %.0f ms warm" % (q, r[source][q]["first_ms"],
                                                r[source][q]["warm_ms"])
            for q in ("summary", "histogram", "map"))))
    r["summary_cli"] = run_summary_cli(args, table)
    return r


def run_summary_cli(args, table):
    """regionmap-cli summary --json on the table (issue 19): the whole process, the first call
    after a server restart and the warm median; and its median and 95th percentile per region
    against percentile_cont over every row of the table."""
    subprocess.run([args.cli, "db", "stop"], check=True, capture_output=True)
    subprocess.run([args.cli, "db", "start"], check=True, capture_output=True)
    cmd = [args.cli, "summary", "--db", args.db_uri, "--table", table, "--json", "-q"]
    times = []
    out = None
    for _ in range(1 + max(3, args.repeats)):
        start = time.monotonic()
        proc = subprocess.run(cmd, check=True, capture_output=True, text=True)
        times.append((time.monotonic() - start) * 1000)
        out = json.loads(proc.stdout)
    exact = {}
    for line in psql(args.db_uri,
                     "SELECT region_code, percentile_cont(0.5) WITHIN GROUP (ORDER BY distance_km),"
                     " percentile_cont(0.95) WITHIN GROUP (ORDER BY distance_km) FROM %s"
                     " WHERE region_code IS NOT NULL GROUP BY 1" % table).splitlines():
        code, median, p95 = line.split("|")
        exact[code] = (float(median), float(p95))
    worst = 0.0
    compared = 0
    for region in out["regions"]:
        want = exact.get(region["region_code"])
        if want is None or region.get("median_km") is None:
            continue
        for got, expected in ((region["median_km"], want[0]), (region["p95_km"], want[1])):
            worst = max(worst, abs(got - expected))
            compared += 1
    result = {"first_ms": times[0], "warm_ms": statistics.median(times[1:]),
              "regions_compared": compared, "max_abs_diff_km": worst}
    log("  regionmap-cli summary --json: %.0f ms cold / %.0f ms warm; median and p95 of %d "
        "regions against percentile_cont: largest difference %.3g km"
        % (result["first_ms"], result["warm_ms"], compared // 2, worst))
    return result


PLAN_WHAT_IF = ("aws:us-east-1,aws:ap-east-1,aws:ap-northeast-2,aws:eu-central-1,"
                "gcp:southamerica-east1,gcp:us-west4,azure:australiaeast,oci:me-riyadh-1")


def run_plan(args, quiet, table):
    """regionmap-cli plan on the 1M-row table (docs/planner.md): the best 1..8 regions of the
    four clouds for each objective, and what-ifs of one and eight regions; the planner's own
    time (plan_ms) and the time to read the places (load_ms), medians of the repeats."""
    log("== planner on %s" % table)
    cases = [("k8_mean", ["--k", "8", "--objective", "mean"]),
             ("k8_within50", ["--k", "8", "--objective", "within:50"]),
             ("k8_p95", ["--k", "8", "--objective", "p95"]),
             ("what_if_1", ["--regions", "aws:us-east-1"]),
             ("what_if_8", ["--regions", PLAN_WHAT_IF])]
    out = {}
    for name, extra in cases:
        runs = []
        for _ in range(args.repeats):
            quiet.wait()
            proc = subprocess.run([args.cli, "plan", "--db", args.db_uri, "--table", table,
                                   "--catalog", "aws,gcp,azure,oci", "--json", "-q"] + extra,
                                  check=True, capture_output=True, text=True)
            runs.append(json.loads(proc.stdout))
        out[name] = {"plan_ms": statistics.median(r["plan_ms"] for r in runs),
                     "load_ms": statistics.median(r["load_ms"] for r in runs),
                     "places": runs[0]["places"], "search_places": runs[0]["search_places"],
                     "candidates": runs[0]["candidates"]}
        log("  %s: plan %.0f ms, load %.0f ms" % (name, out[name]["plan_ms"],
                                                    out[name]["load_ms"]))
    if args.bench_whatif:
        # The Plan page's case: the planner made once, a change of one region evaluated from the
        # set before (issue 20's "a change of the set ... in under 100 ms").
        quiet.wait()
        proc = subprocess.run([args.bench_whatif, "--db=" + args.db_uri, "--table=" + table,
                               "--repeats=%d" % max(5, 3 * args.repeats)],
                              check=True, capture_output=True, text=True)
        out["what_if_change"] = json.loads(proc.stdout)
        log("  what-if in one process (%d regions): fresh %.0f ms, one joins %.0f ms, it leaves "
            "%.0f ms" % (out["what_if_change"]["regions"], out["what_if_change"]["fresh_ms"],
                         out["what_if_change"]["join_ms"], out["what_if_change"]["leave_ms"]))
    return out


def run_load_floor(args, quiet, table, rows):
    """psql \\copy of the run's own enriched rows into a new table, in one transaction."""
    floors = {}
    tmp = tempfile.mkdtemp(prefix="rm-floor-", dir=args.data_dir)
    try:
        for fmt in ("text", "binary"):
            path = os.path.join(tmp, "enriched." + fmt)
            psql(args.db_uri, "\\copy %s to '%s' with (format %s)" % (table, path, fmt))
            log("== load floor: psql \\copy of the %s enriched rows (%s)" % (f"{rows:,}", fmt))
            runs = []
            for i in range(args.repeats):
                psql(args.db_uri, "DROP TABLE IF EXISTS bench_floor", "CHECKPOINT")
                busy = quiet.wait()
                script = ("BEGIN;\nCREATE TABLE bench_floor (LIKE %s);\n"
                          "\\copy bench_floor from '%s' with (format %s)\nCOMMIT;\n"
                          % (table, path, fmt))
                start = time.monotonic()
                subprocess.run(["psql", "-XAtq", "-v", "ON_ERROR_STOP=1", args.db_uri],
                               input=script, text=True, check=True, capture_output=True)
                wall = time.monotonic() - start
                runs.append({"wall_s": wall, "rows_per_s": rows / wall, "busy_before": busy})
                log("  run %d: %.2f s, %s rows/s" % (i + 1, wall, f"{rows / wall:,.0f}"))
            floors[fmt] = {"runs": runs, "wall_s": median_of(runs, "wall_s"),
                           "rows_per_s": median_of(runs, "rows_per_s")}
        psql(args.db_uri, "DROP TABLE IF EXISTS bench_floor")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return floors


def run_gui(args, quiet):
    log("== GUI stall probe (%s)" % os.path.basename(args.gui_test))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:",
               QT_LOGGING_RULES="regionmap.*.info=false",
               REGIONMAP_TEST_DATA=os.path.join(args.source_dir, "tests", "data"))
    if args.geodb:
        env["REGIONMAP_GEODB_DIR"] = args.geodb
    stalls = []
    for i in range(args.gui_repeats):
        quiet.wait()
        r = subprocess.run([args.gui_test], env=env, capture_output=True, text=True)
        m = re.search(r"Worst GUI stall during a 1,000,000-row run: ([\d.]+) ms.*the run took "
                      r"([\d.]+) s", r.stdout + r.stderr)
        if r.returncode != 0 or not m:
            raise RuntimeError("the GUI stall probe failed:\n" + r.stdout + r.stderr)
        stalls.append({"stall_ms": float(m.group(1)), "run_s": float(m.group(2))})
        log("  run %d: worst stall %.1f ms (run %.1f s)" % (i + 1, stalls[-1]["stall_ms"],
                                                           stalls[-1]["run_s"]))
    return {"runs": stalls, "worst_ms": max(s["stall_ms"] for s in stalls),
            "median_ms": statistics.median(s["stall_ms"] for s in stalls)}


def size_name(n):
    if n % 1_000_000 == 0:
        return "%dm" % (n // 1_000_000)
    if n % 1000 == 0:
        return "%dk" % (n // 1000)
    return str(n)


def fmt_rate(v):
    return "%.2f M" % (v / 1e6) if v >= 1e6 else "%.0f k" % (v / 1e3)


def summarize(res):
    lines = []
    m = res["machine"]
    lines.append("RegionMap benchmarks, %s (commit %s)" % (m["date"], m.get("commit", "?")))
    if res.get("file_suffix"):
        lines.append("End-to-end inputs: people-<size>%s.csv (generate_people %s)"
                     % (res["file_suffix"], res.get("generator_options", "")))
    lines.append("Machine: %s, %s CPUs, %s GB RAM, %s, kernel %s; %s"
                 % (m.get("model_name", "?"), m.get("cpus", "?"), m.get("memory_gb", "?"),
                    m.get("os", "?"), m.get("kernel", "?"), m.get("postgresql", "?")))
    lines.append("Repeats: %d (medians); CPU busy before the timed runs (others' work): "
                 "median %.0f %%, max %.0f %%"
                 % (res["repeats"], 100 * statistics.median(res["busy"] or [0]),
                    100 * max(res["busy"] or [0])))
    lines.append("")
    st = res.get("stages", {}).get("benchmarks", {})
    if st:
        lines.append("| stage (%s) | rows/s (median) | ms |" % res["stage_input"])
        lines.append("|---|---:|---:|")
        for name, b in st.items():
            lines.append("| %s — %s | %s | %.0f |" % (name[3:], b["label"],
                                                   fmt_rate(b["items_per_s"]), b["ms"]))
        lines.append("")
    e2e = res.get("e2e", {})
    plan = e2e.get("plan")
    if plan:
        cases = {k: v for k, v in plan.items() if k != "what_if_change"}
        first = next(iter(cases.values()))
        lines.append("| planner on 1M rows (%s places, %s for the search, %s candidates) "
                     "| plan ms | read ms |" % (first["places"], first["search_places"],
                                              first["candidates"]))
        lines.append("|---|---:|---:|")
        for name, r in cases.items():
            lines.append("| %s | %.0f | %.0f |" % (name, r["plan_ms"], r["load_ms"]))
        lines.append("")
        change = plan.get("what_if_change")
        if change:
            lines.append("| what-if in one process (%d regions, %d places) | ms |"
                         % (change["regions"], change["places"]))
            lines.append("|---|---:|")
            lines.append("| a fresh evaluation | %.0f |" % change["fresh_ms"])
            lines.append("| one region joins (from the set before) | %.0f |" % change["join_ms"])
            lines.append("| the same region leaves | %.0f |" % change["leave_ms"])
            lines.append("")
    sizes = [k for k in e2e if isinstance(k, int)]
    if sizes:
        lines.append("| end to end | wall s | rows/s | user s | sys s | peak RSS MB (time -v) "
                     "| peak anon RSS MB | load1 |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
        for n in sizes:
            e = e2e[n]
            lines.append("| %s rows | %.2f | %s | %.2f | %.2f | %.0f | %.0f | %.2f |"
                         % (f"{n:,}", e["wall_s"], fmt_rate(e["rows_per_s"]), e["user_s"],
                            e["sys_s"], e["max_rss_mb"], e["peak_anon_mb"], e["load1"]))
        lines.append("")
    for n, r in sorted(e2e.get("results", {}).items()):
        lines.append("| results page, %s rows (%s points) | first call after a restart, ms "
                     "| warm, ms (median) |" % (f"{n:,}", f"{r.get('point_count', 0):,}"))
        lines.append("|---|---:|---:|")
        for source in ("points", "rows"):
            total_first = total_warm = 0
            for q in ("summary", "histogram", "map"):
                t = r[source][q]
                total_first += t["first_ms"]
                total_warm += t["warm_ms"]
                lines.append("| %s from the %s | %.0f | %.0f |"
                             % (q, source, t["first_ms"], t["warm_ms"]))
            lines.append("| **whole page from the %s** | **%.0f** | **%.0f** |"
                         % (source, total_first, total_warm))
        lines.append("")
        sc = r.get("summary_cli")
        if sc:
            lines.append("`regionmap-cli summary --json` (whole process): %.0f ms after a restart, "
                         "%.0f ms warm; median and 95th percentile of %d regions against "
                         "percentile_cont over every row: largest difference %.3g km"
                         % (sc["first_ms"], sc["warm_ms"], sc["regions_compared"] // 2,
                            sc["max_abs_diff_km"]))
            lines.append("")
        rt = r.get("row_table")
        if rt:
            lines.append("| row table, %s rows | first page without an index, ms | index made "
                         "once, s | first page, ms (first / warm) | positions of every row "
                         "(background), s |" % f"{n:,}")
            lines.append("|---|---:|---:|---:|---:|")
            for name, c in rt.items():
                lines.append("| %s | %.0f | %.1f | %.0f / %.0f | %.1f |"
                             % (name, c["no_index"]["first_ms"], c["index_ms"] / 1000.0,
                                c["first_page"]["first_ms"], c["first_page"]["warm_ms"],
                                c["positions"]["first_ms"] / 1000.0))
            lines.append("")
    floor = e2e.get("floor")
    if floor and 1_000_000 in e2e:
        ours = e2e[1_000_000]["wall_s"]
        lines.append("| load floor, 1M enriched rows | wall s | rows/s | RegionMap e2e / floor |")
        lines.append("|---|---:|---:|---:|")
        for fmt, f in floor.items():
            lines.append("| psql \\copy (%s) | %.2f | %s | %.2f |"
                         % (fmt, f["wall_s"], fmt_rate(f["rows_per_s"]), ours / f["wall_s"]))
        lines.append("")
    if st.get("BM_Locate") and st.get("BM_LocateFloorLibmaxminddb"):
        ours = st["BM_Locate"]["items_per_s"]
        flo = st["BM_LocateFloorLibmaxminddb"]["items_per_s"]
        lines.append("Location floor (raw libmaxminddb): %s addresses/s; RegionMap's locator "
                     "%s addresses/s: time ratio %.2f of the floor" % (fmt_rate(flo),
                                                                       fmt_rate(ours), flo / ours))
        lines.append("")
    lines.append("| target | goal | measured | met |")
    lines.append("|---|---:|---:|---|")
    for key, label, goal, unit, higher in TARGETS:
        v = res["targets"].get(key)
        if v is None:
            lines.append("| %s | %s %s | not measured | |" % (label, "≥" if higher else "≤",
                                                              fmt_goal(goal, unit)))
            continue
        ok = v >= goal if higher else v <= goal
        lines.append("| %s | %s %s | %s | %s |" % (label, "≥" if higher else "≤",
                                                 fmt_goal(goal, unit), fmt_goal(v, unit),
                                                 "yes" if ok else "**no**"))
    return "\n".join(lines)


def fmt_goal(v, unit):
    if unit == "rows/s":
        return fmt_rate(v) + " rows/s"
    return "%.0f %s" % (v, unit) if unit == "MB" else "%.1f %s" % (v, unit)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cli", required=True)
    p.add_argument("--bench-stages", required=True)
    p.add_argument("--gui-test")
    p.add_argument("--bench-results")
    p.add_argument("--bench-whatif")
    p.add_argument("--gui-repeats", type=int, default=3)
    p.add_argument("--db-uri", required=True)
    p.add_argument("--data-dir", required=True)
    p.add_argument("--source-dir", required=True)
    p.add_argument("--geodb")
    p.add_argument("--sizes", default="100000,1000000,10000000")
    p.add_argument("--stage-input", required=True)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--quiet-cpu", type=float, default=1.0,
                   help="before each timed run, wait until other work uses less than this "
                        "fraction of the CPUs (1.0: do not wait)")
    p.add_argument("--quiet-timeout", type=float, default=900)
    p.add_argument("--out", required=True)
    p.add_argument("--only", default="stages,e2e,results,plan,gui")
    p.add_argument("--generator-options", default="")
    p.add_argument("--file-suffix", default="",
                   help="the end-to-end inputs are people-<size><suffix>.csv (another shape)")
    args = p.parse_args()

    os.makedirs(args.out, exist_ok=True)
    quiet = Quiet(args.quiet_cpu, args.quiet_timeout)
    only = set(args.only.split(","))
    sizes = [int(s) for s in args.sizes.split(",") if s]
    res = {"machine": machine_info(args.db_uri), "repeats": args.repeats,
           "stage_input": os.path.basename(args.stage_input), "targets": {},
           "file_suffix": args.file_suffix, "generator_options": args.generator_options}
    if "stages" in only:
        res["stages"] = run_stages(args, quiet, args.out)
        b = res["stages"]["benchmarks"]
        for key, name in (("csv", "BM_CsvRead"), ("locate", "BM_Locate"),
                          ("nearest", "BM_NearestCached"), ("copy", "BM_CopyLoad")):
            if name in b:
                res["targets"][key] = b[name]["items_per_s"]
    if "e2e" in only:
        res["e2e"] = run_e2e(args, quiet, sizes)
        if 1_000_000 in res["e2e"]:
            res["targets"]["e2e_1m"] = res["e2e"][1_000_000]["rows_per_s"]
        if 10_000_000 in res["e2e"]:
            res["targets"]["rss_10m"] = res["e2e"][10_000_000]["peak_anon_mb"]
    if "gui" in only and args.gui_test:
        res["gui"] = run_gui(args, quiet)
        res["targets"]["gui_stall"] = res["gui"]["worst_ms"]
    res["busy"] = quiet.samples

    text = summarize(res)
    with open(os.path.join(args.out, "summary.md"), "w") as f:
        f.write(text + "\n")
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(res, f, indent=1, default=str)
    print(text)


if __name__ == "__main__":
    main()
