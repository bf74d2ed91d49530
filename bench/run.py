#!/usr/bin/env python3
"""Plume's benchmark: the workload of shared/bench/WORKLOAD.md, end to end, in one command.

Starts a throwaway PostgreSQL 15 on loopback, migrates it with Plume, loads the shared data set,
then for each configuration (cache off, cache on in memory, and on request cache in a
Redis: Debian's redis-server, started on loopback) starts Plume, runs wrk over R1-R4, W1, W2, the
90/10 mix, the shop's P1 and C1 and the workspaces' B1 (board) and T1 (task list) (each after a warm-up of its own), counts SQL statements per request with pg_stat_statements, reads the RSS, and runs
pgbench on the SQL Plume sends for R3. Finally measures the jar's cold start (exec to the first 200 on R3, median of 5) and its RSS after
1,000 requests. Writes bench/results/<time>.md and .json and prints the table.

    bench/run.py [--scale 1] [--duration 20] [--warmup 10] [--only R1,R3] [--configs nocache,cache,redis]

With --peer drizzle it measures instead Plume (caches off) beside the Drizzle peer of
shared/bench/drizzle-peer in alternating pairs (bench/pairs.py) and writes bench/results/<time>-peer.md.

    bench/run.py --peer drizzle [--pairs 3] [--only R1,R3]

Needs: JDK 25 (JAVA_HOME), wrk, Node 20 and npm for --peer, PostgreSQL 15 server binaries with pgbench (PG_BIN), python3.
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import pairs

ROOT = Path(__file__).resolve().parent.parent
WRK_DIR = ROOT / "bench" / "wrk"
RESULTS = ROOT / "bench" / "results"
PG_PORT = 55433
APP_PORT = 18080
REDIS_PORT = 56379
POOL = 16
# the JVM flags of the README's run command and of src/main/docker/Dockerfile.jvm: one collector thread
# and a small young generation keep the memory after the load near the live set (bench/README.md)
JVM_FLAGS = ["-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders", "-Xmx256m", "-Xmn24m"]
BASE = "2025-01-01 00:00:00+00"
SEARCH_WORD = "performance"


def log(*parts):
    print("[bench]", *parts, file=sys.stderr, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw).stdout


class Postgres:
    """A throwaway PostgreSQL 15 cluster, run as the postgres user when we are root."""

    def __init__(self, work: Path, pg_bin: Path):
        self.dir = work / "pg"
        self.bin = pg_bin
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def run(self, *cmd):
        return sh(self.as_user + [str(self.bin / cmd[0]), *cmd[1:]])

    def start(self):
        self.dir.parent.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.dir.parent, "postgres")
        self.run("initdb", "-D", str(self.dir), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self.resume()
        self.psql("postgres", "CREATE ROLE bench LOGIN SUPERUSER PASSWORD 'bench'", user="postgres")
        self.psql("postgres", "CREATE DATABASE bench OWNER bench", user="postgres")
        self.psql("bench", "CREATE EXTENSION pg_stat_statements")

    def resume(self):
        """Starts the cluster in self.dir, as it is; a --keep run's cluster does not outlive the machine."""
        if subprocess.run(self.as_user + [str(self.bin / "pg_ctl"), "-D", str(self.dir), "status"],
                          capture_output=True).returncode == 0:
            return
        options = (f"-p {PG_PORT} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=100 "
                   "-c shared_buffers=1GB -c shared_preload_libraries=pg_stat_statements "
                   "-c pg_stat_statements.track_utility=off -c synchronous_commit=on "
                   # pg_stat_activity keeps the whole text of R3's statement (pgbench replays it)
                   "-c track_activity_query_size=16384")
        self.run("pg_ctl", "-D", str(self.dir), "-o", options, "-l", str(self.dir / "log"), "-w", "start")

    def stop(self):
        if self.dir.exists():
            subprocess.run(self.as_user + [str(self.bin / "pg_ctl"), "-D", str(self.dir), "-m", "fast", "stop"],
                           capture_output=True)

    def psql(self, db, sql, user="bench"):
        return sh([str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", user, "-d", db,
                   "-v", "ON_ERROR_STOP=1", "-At", "-c", sql], env={**os.environ, "PGPASSWORD": "bench"})

    def load(self, dataset: Path, scale):
        log(f"loading {dataset.name} at scale {scale} (about a minute at scale 1)")
        sh([str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "bench", "-d", "bench", "-q",
            "-v", "ON_ERROR_STOP=1", "-v", f"S={scale}", "-f", str(dataset)], env={**os.environ, "PGPASSWORD": "bench"})


class Plume:
    def __init__(self, java: str, extra_env: dict, app: Path = ROOT / "target" / "quarkus-app",
                 log_file: Path = RESULTS / "last-server.log", jvm_flags=None):
        self.java = java
        self.jvm_flags = JVM_FLAGS if jvm_flags is None else jvm_flags
        self.jar = app / "quarkus-run.jar"
        self.log_file = log_file
        self.port = int(extra_env.get("PORT", APP_PORT))
        # the service as a role that neither owns the tables nor bypasses Row-Level Security; migrations as the owner
        self.env = {**os.environ, "DATABASE_URL": f"postgresql://bench_app:bench@127.0.0.1:{PG_PORT}/bench",
                    "DIRECT_URL": f"postgresql://bench:bench@127.0.0.1:{PG_PORT}/bench",
                    "POOL_SIZE": str(POOL), "PORT": str(APP_PORT), "LOG_JSON": "false",
                    # the workload's writers are a handful of users far above a person's pace
                    "PLUME_RATE_LIMIT_WRITES_PERMITS": "1000000000", **extra_env}
        self.proc = None

    def command(self):
        return [self.java, *self.jvm_flags, "-jar", str(self.jar)]

    def start(self):
        self.proc = subprocess.Popen(self.command(), env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=open(self.log_file, "w"))
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                # e.g. the port is taken: whatever answers there is not this build
                raise RuntimeError(f"Plume exited with {self.proc.returncode}; see bench/results/last-server.log")
            try:
                if get("/q/health/ready", port=self.port)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("Plume did not become ready; see bench/results/last-server.log")

    def migrate(self):
        log(sh([self.java, "-jar", str(self.jar), "migrate"], env=self.env).strip())

    def rss_mb(self):
        return pairs.rss_mb(self.proc.pid)

    def stop(self):
        if self.proc:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(30)


def get(path, method="GET", headers=None, body=None, port=APP_PORT):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method, headers=headers or {},
                                     data=body.encode() if body else None)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def deep_cursor(rows=10_000, port=APP_PORT):
    cursor = ""
    for _ in range(rows // 20):
        status, body = get(f"/api/posts?limit=20" + (f"&cursor={cursor}" if cursor else ""), port=port)
        assert status == 200, body
        cursor = json.loads(body)["pagination"]["nextCursor"]
    return cursor


def parse_wrk(out):
    def latency_ms(label):
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        if not m:
            return None
        value, unit = float(m.group(1)), m.group(2)
        return round(value / 1000 if unit == "us" else value * 1000 if unit == "s" else value, 2)

    requests = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "rps": round(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))),
        "p50_ms": latency_ms("50"), "p99_ms": latency_ms("99"),
        "requests": requests,
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(map(int, errors.groups())) if errors else 0,
    }


def wrk(script, duration, args=(), env=None, threads=2, port=APP_PORT, connections=64):
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", "-s", str(WRK_DIR / script),
           f"http://127.0.0.1:{port}"]
    if args:
        cmd += ["--", *args]
    return parse_wrk(sh(cmd, env=env))


def statements_per_request(pg, request, n=20):
    pg.psql("bench", "SELECT pg_stat_statements_reset()")
    for _ in range(n):
        request()
    calls = pg.psql("bench", "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE "
                             "dbid = (SELECT oid FROM pg_database WHERE datname = 'bench') "
                             "AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%pg_catalog.pg_type%'")
    return round(int(calls) / n, 2)


# how the R3 statement (post detail by slug) is told apart in pg_stat_activity and pg_stat_statements
R3_MARK = "%where p.slug = $1%"


def r3_sql(pg, slug):
    """The statement Plume sends for R3, as sent: the last statement of the connection that served
    one request (pg_stat_statements may keep it with its constants replaced by parameters)."""
    for _ in range(20):
        # on a fresh connection the driver's column metadata query may come last: ask again
        get(f"/api/posts/{slug}")
        found = pg.psql("bench", f"SELECT DISTINCT query FROM pg_stat_activity WHERE query LIKE '{R3_MARK}' "
                                 "AND pid <> pg_backend_pid()").strip()
        if found and "$2" not in found:
            return found
    raise RuntimeError(f"the R3 statement was not found in pg_stat_activity: {found!r}")


buyer_address = ("SELECT a.id FROM addresses a JOIN sessions s ON s.user_id = a.user_id "
                 "WHERE s.session_token = encode(sha256(convert_to('tok-{n}', 'UTF8')), 'hex')")


def checkout_pair(data):
    """C1's two requests (cart, then checkout), counted as one."""
    token, address = data["buyers"][0].split()
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    get(f"/api/cart/items/{data['product_ids'][0]}", "PUT", auth, '{"quantity": 2}')
    return get("/api/orders", "POST", auth, f'{{"addressId": "{address}"}}')


def pgbench(pg, data, duration):
    """pgbench on the exact statement Plume sent for R3, one statement per transaction.

    The slug is bound as $1 from a pgbench variable; pgbench cannot pick a random string without
    a second statement, so every transaction asks for the same post: the cheapest case for the
    database, which makes the bar the strictest."""
    script = data["dir"] / "detail.sql"
    script.write_text(data["r3_sql"].replace("$1", ":slug").replace("\n", " ") + ";\n")
    pg.psql("bench", "SELECT pg_stat_statements_reset()")
    out = sh([str(pg.bin / "pgbench"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "bench", "-n", "-M", "prepared",
              "-c", str(POOL), "-j", "2", "-T", str(duration), "-D", f"slug={data['slugs'][0]}", "-f", str(script), "bench"],
             env={**os.environ, "PGPASSWORD": "bench"})
    transactions = int(re.search(r"number of transactions actually processed: (\d+)", out).group(1))
    # a script whose statement was lost would still report a rate: check the database ran it
    calls = int(pg.psql("bench", f"SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query LIKE '{R3_MARK}'"))
    if transactions == 0 or calls < transactions:
        raise RuntimeError(f"pgbench ran {transactions} transactions but the R3 statement only {calls} times")
    return {"tps": round(float(re.search(r"tps = ([\d.]+)", out).group(1))), "transactions": transactions,
            "sql": data["r3_sql"]}


def start_redis():
    if not shutil.which("redis-server"):
        sys.exit("redis-server is missing: apt-get install redis-server")
    proc = subprocess.Popen(["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL)
    time.sleep(0.5)
    if proc.poll() is not None:
        sys.exit(f"redis-server did not start on port {REDIS_PORT}")
    return proc


def measure(config, pg, data, args):
    env = {"BENCH_WRK": str(WRK_DIR), "BENCH_DATA": str(data["dir"]), **os.environ}
    redis = start_redis() if config == "redis" else None
    extra = {"PLUME_CACHE_ENABLED": "false" if config == "nocache" else "true"}
    if redis:
        extra["REDIS_URL"] = f"redis://127.0.0.1:{REDIS_PORT}"
    plume = Plume(args.java, extra)
    plume.start()
    try:
        scenarios = {
            "R1": ("r1.lua", ()), "R2": ("r2.lua", (data["cursor"],)), "R3": ("r3.lua", ()),
            "R4": ("r4.lua", (SEARCH_WORD,)), "W1": ("w1.lua", ()), "W2": ("w2.lua", ()),
            "MIX": ("mix.lua", (data["cursor"], SEARCH_WORD)),
            "P1": ("p1.lua", ()), "C1": ("c1.lua", ()), "B1": ("b1.lua", ()), "T1": ("t1.lua", ()),
        }
        # C1's buyers each need a connection of their own, in order (c1.lua)
        threads = {"C1": 64}
        def forget_writes():
            pg.psql("bench", f"DELETE FROM comments WHERE created_at >= '{BASE}'; "
                             f"DELETE FROM likes WHERE created_at >= '{BASE}'; DELETE FROM orders; DELETE FROM cart_items")

        results = {}
        for name, (script, wargs) in scenarios.items():
            if args.only and name not in args.only:
                continue
            writes = name in ("W1", "W2", "MIX", "C1")
            # WORKLOAD.md: each scenario is measured after a warm-up of its own
            wrk(script, args.warmup, wargs, env, threads.get(name, 2))
            if writes:
                forget_writes()
            results[name] = wrk(script, args.duration, wargs, env, threads.get(name, 2))
            log(f"[{config}] {name}: {results[name]}")
            if writes:
                forget_writes()
        rss = plume.rss_mb()
        post_id, slug = data["post_ids"][0], data["slugs"][0]
        counts = {
            "R1": statements_per_request(pg, lambda: get("/api/posts?limit=20")),
            "R2": statements_per_request(pg, lambda: get(f"/api/posts?limit=20&cursor={data['cursor']}")),
            "R3": statements_per_request(pg, lambda: get(f"/api/posts/{slug}")),
            "R4": statements_per_request(pg, lambda: get(f"/api/posts/search?q={SEARCH_WORD}&limit=20")),
            "W1": statements_per_request(pg, lambda: get(f"/api/posts/{post_id}/comments", "POST",
                                                         {"Authorization": "Bearer tok-20", "Content-Type": "application/json"},
                                                         '{"content": "counted"}')),
            "W2": statements_per_request(pg, lambda: get(f"/api/posts/{post_id}/like", "PUT",
                                                         {"Authorization": "Bearer tok-21"})),
            "P1": statements_per_request(pg, lambda: get("/api/products?limit=20&category=category-1&sort=price")),
            "C1": statements_per_request(pg, lambda: checkout_pair(data)),
            "B1": statements_per_request(pg, lambda: get(f"/api/orgs/bench-org/projects/{data['projects'][0]}/board",
                                                         headers={"Authorization": "Bearer tok-20"})),
            "T1": statements_per_request(pg, lambda: get(f"/api/orgs/bench-org/projects/{data['projects'][0]}/tasks?limit=20&status=TODO",
                                                         headers={"Authorization": "Bearer tok-20"})),
        }
        forget_writes()
        if "r3_sql" not in data:
            data["r3_sql"] = r3_sql(pg, slug)
        return {"scenarios": results, "statements": counts, "rss_mb": rss}
    finally:
        plume.stop()
        if redis:
            redis.terminate()
            redis.wait(10)


def first_200_ms(plume, slug):
    """Exec of a fresh JVM to its first 200 on R3."""
    started = time.perf_counter()
    plume.proc = subprocess.Popen(plume.command(),
                                  env=plume.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            if get(f"/api/posts/{slug}", port=plume.port)[0] == 200:
                return (time.perf_counter() - started) * 1000
        except OSError:
            time.sleep(0.002)


def coldstart_pairs(builds, slug, runs=5):
    """First 200 of each build, the builds taking turns; the median of each."""
    times = {label: [] for label in builds}
    for _ in range(runs):
        for label, plume in builds.items():
            times[label].append(first_200_ms(plume, slug))
            plume.stop()
    return {label: {"first_200_ms": round(statistics.median(t)), "all_ms": [round(x) for x in t]} for label, t in times.items()}


def coldstart(java, slug, runs=5):
    """Exec to the first 200 on R3 (median of fresh starts), and RSS after 1,000 requests."""
    times = []
    for _ in range(runs):
        plume = Plume(java, {})
        times.append(first_200_ms(plume, slug))
        if len(times) == runs:
            for _ in range(1000):
                get(f"/api/posts/{slug}")
            rss = plume.rss_mb()
        plume.stop()
    return {"first_200_ms": round(sorted(times)[runs // 2]), "all_ms": [round(t) for t in times], "rss_mb_after_1000": rss}


def table(run):
    lines = ["| config | scenario | req/s | p50 ms | p99 ms | non-2xx | errors | SQL/req |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for config, result in run["configs"].items():
        for name, r in result["scenarios"].items():
            lines.append(f"| {config} | {name} | {r['rps']:,} | {r['p50_ms']} | {r['p99_ms']} | {r['non2xx']} | "
                         f"{r['socket_errors']} | {result['statements'].get(name, '')} |")
        lines.append(f"| {config} | RSS after load | {result['rss_mb']} MB | | | | | |")
    lines.append(f"| database | pgbench on Plume's R3 SQL (one slug), {POOL} connections | {run['pgbench']['tps']:,} tps | | | | | |")
    if "coldstart" in run:
        c = run["coldstart"]
        lines.append(f"| jar (JVM) | cold start: exec to first 200 on R3, median of 5 | {c['first_200_ms']} ms | | | | | |")
        lines.append(f"| jar (JVM) | RSS after 1,000 requests | {c['rss_mb_after_1000']} MB | | | | | |")
    return "\n".join(lines)


def beside_peer(pg, data, args):
    env = {"BENCH_WRK": str(WRK_DIR), "BENCH_DATA": str(data["dir"]), **os.environ}
    plume = Plume(args.java, {"PLUME_CACHE_ENABLED": "false"})
    if args.baseline:
        # a build from before migration V9 has no plume_app role to connect as: --baseline-as-owner
        owner = {"DATABASE_URL": f"postgresql://bench:bench@127.0.0.1:{PG_PORT}/bench"} if args.baseline_as_owner else {}
        peer = Plume(args.java, {"PLUME_CACHE_ENABLED": "false", "PORT": str(pairs.PEER_PORT), **owner},
                     Path(args.baseline), RESULTS / "last-peer.log",
                     None if args.baseline_jvm_flags is None else args.baseline_jvm_flags.split())
    else:
        peer = pairs.DrizzlePeer(Path(args.shared) / "drizzle-peer", f"postgresql://bench:bench@127.0.0.1:{PG_PORT}/bench",
                                 POOL, RESULTS / "last-peer.log", get)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    args.profiler = pairs.Profiler(ROOT, Path(args.java).parent.parent) if args.profile else None
    postmaster = int(pg.run("pg_ctl", "-D", str(pg.dir), "status").split("PID: ")[1].split(")")[0])
    try:
        plume.start()
        peer.start()
        cursors = {"plume": deep_cursor(), "peer": deep_cursor(port=pairs.PEER_PORT)}
        forget_writes = lambda: pg.psql("bench", f"DELETE FROM comments WHERE created_at >= '{BASE}'; "
                                                 f"DELETE FROM likes WHERE created_at >= '{BASE}'")
        result = pairs.compare({"peer": (peer.proc.pid, pairs.PEER_PORT), "plume": (plume.proc.pid, APP_PORT)}, postmaster, cursors, SEARCH_WORD,
                               args, lambda *a, **kw: wrk(*a, env=env, **kw), forget_writes, log,
                               RESULTS / stamp if args.profile else None)
    finally:
        plume.stop()
        peer.stop()
    if args.baseline:
        log("cold starts, the two builds taking turns")
        result["coldstart"] = coldstart_pairs({"peer": peer, "plume": plume}, data["slugs"][0])
    result["when"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    result["wrk"] = f"-t2 -c64 -d{args.duration}s after {args.warmup}s warm-up; one at a time: -t1 -c1 -d{args.lone_duration}s"
    result["jvm_flags"] = {"plume": plume.jvm_flags, **({"peer": peer.jvm_flags} if args.baseline else {})}
    (RESULTS / f"{stamp}-peer.json").write_text(json.dumps(result, indent=2))
    md = (f"Run {result['when']}, scale {args.scale}, wrk {result['wrk']}, pool {POOL}, {os.cpu_count()} cores, "
          f"JVM flags {result['jvm_flags']}\n\n"
          f"{pairs.table(result, args.pairs, f'the build in {args.baseline}' if args.baseline else 'the Drizzle peer')}\n")
    if "coldstart" in result:
        c = result["coldstart"]
        md += (f"\nJar cold start, exec to the first 200 on R3, median of 5 taking turns: peer {c['peer']['first_200_ms']} ms "
               f"{c['peer']['all_ms']}, Plume {c['plume']['first_200_ms']} ms {c['plume']['all_ms']}\n")
    (RESULTS / f"{stamp}-peer.md").write_text(md)
    print(md)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--only", type=lambda s: set(s.split(",")), default=None)
    parser.add_argument("--configs", type=lambda s: s.split(","), default=["nocache", "cache"])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "bench"))
    parser.add_argument("--pg-bin", default=os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
    parser.add_argument("--java", default=str(Path(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")) / "bin" / "java"))
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--peer", choices=["drizzle"], help="measure beside this peer in alternating pairs")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--baseline", metavar="QUARKUS_APP_DIR",
                        help="take turns with this other build of Plume (its target/quarkus-app) instead of the peer")
    parser.add_argument("--baseline-as-owner", action="store_true", help="the baseline connects as the tables' owner")
    parser.add_argument("--baseline-jvm-flags", metavar="FLAGS",
                        help="the baseline's JVM flags instead of JVM_FLAGS ('' for the JVM's defaults)")
    parser.add_argument("--lone-duration", type=int, default=5, help="seconds of one request at a time, per measurement")
    parser.add_argument("--profile", action="store_true",
                        help="with --peer: flame graphs of Plume's last run of each scenario (async-profiler)")
    parser.add_argument("--keep", action="store_true", help="leave the loaded database running (for EXPLAIN and profiling)")
    parser.add_argument("--reuse", metavar="DIR", help="measure on the database a --keep run left running in DIR")
    args = parser.parse_args()
    for tool in ("wrk",):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install {tool}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    if not args.skip_build:
        log("building the application")
        sh([str(ROOT / "mvnw"), "-q", "-B", "package", "-DskipTests"], cwd=ROOT,
           env={**os.environ, "JAVA_HOME": str(Path(args.java).parent.parent)})

    work = Path(args.reuse) if args.reuse else Path(tempfile.mkdtemp(prefix="plume-bench-"))
    args.keep = args.keep or bool(args.reuse)
    pg = Postgres(work, Path(args.pg_bin))
    try:
        if args.reuse:
            pg.resume()
        else:
            pg.start()
            pg.psql("bench", "CREATE ROLE bench_app LOGIN PASSWORD 'bench'")
            Plume(args.java, {}).migrate()
            pg.psql("bench", "GRANT plume_app TO bench_app")  # the role migration V9 made
            pg.load(Path(args.shared) / "dataset.sql", args.scale)
            pg.load(ROOT / "bench" / "commerce.sql", args.scale)
            pg.load(ROOT / "bench" / "workspaces.sql", args.scale)
        data_dir = work / "data"
        data_dir.mkdir(exist_ok=True)
        visible = ("status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY md5(id::text) LIMIT 2000")
        data = {"dir": data_dir,
                "slugs": pg.psql("bench", f"SELECT slug FROM posts WHERE {visible}").split(),
                "post_ids": pg.psql("bench", f"SELECT id FROM posts WHERE {visible}").split()}
        (data_dir / "slugs.txt").write_text("\n".join(data["slugs"]) + "\n")
        (data_dir / "post-ids.txt").write_text("\n".join(data["post_ids"]) + "\n")
        data["product_ids"] = pg.psql("bench", "SELECT id FROM products ORDER BY md5(id::text)").split()
        data["buyers"] = [f"tok-{n} {pg.psql('bench', buyer_address.format(n=n)).strip()}" for n in range(12, 12 + 65)]
        (data_dir / "product-ids.txt").write_text("\n".join(data["product_ids"]) + "\n")
        (data_dir / "buyers.txt").write_text("\n".join(data["buyers"]) + "\n")
        data["projects"] = pg.psql("bench", "SELECT id FROM projects WHERE org_id = md5('bench-org')::uuid ORDER BY id").split()
        (data_dir / "projects.txt").write_text("\n".join(data["projects"]) + "\n")
        if args.peer or args.baseline:
            return beside_peer(pg, data, args)
        probe = Plume(args.java, {})
        probe.start()
        data["cursor"] = deep_cursor()
        probe.stop()

        run = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "scale": args.scale,
               "machine": f"{os.cpu_count()} cores", "wrk": f"-t2 -c64 -d{args.duration}s after {args.warmup}s warm-up per scenario",
               "configs": {}}
        for config in args.configs:
            run["configs"][config] = measure(config, pg, data, args)
        log("pgbench on the detail SQL")
        run["pgbench"] = pgbench(pg, data, args.duration)
        log("cold start of the jar")
        run["coldstart"] = coldstart(args.java, data["slugs"][0])
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        (RESULTS / f"{stamp}.json").write_text(json.dumps(run, indent=2))
        md = f"Run {run['when']}, scale {args.scale}, wrk {run['wrk']}, pool {POOL}, {run['machine']}\n\n{table(run)}\n"
        (RESULTS / f"{stamp}.md").write_text(md)
        (RESULTS / "latest.md").write_text(md)
        print(md)
    finally:
        if args.keep:
            log(f"database left running: postgresql://bench:bench@127.0.0.1:{PG_PORT}/bench (data in {work})")
        else:
            pg.stop()
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
