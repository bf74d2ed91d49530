#!/usr/bin/env python3
"""Plume's cold start: exec to the first 200 on a database-backed endpoint (a post's detail),
median of 5 fresh starts, and RSS after 1,000 requests, for each build given:

    bench/coldstart.py --native target/plume-1.0.0-SNAPSHOT-runner \\
                       --aot-jar target/quarkus-app --jar /tmp/plain/target/quarkus-app

--native   a native executable (./mvnw package -Dnative ...), run with -Xmx64m (--native-heap)
--aot-jar  a quarkus-app folder built with -Daot (aot-jar packaging, app.aot trained by the ITs);
           started with -XX:AOTCache=app.aot
--jar      a plain quarkus-app folder (./mvnw package)
--floor-native, --floor-aot-jar
           the same two builds of bench/floor, the fixed stack alone (Quarkus REST + Jackson,
           Hibernate ORM with Panache, the PostgreSQL driver) answering the same route from the
           same table: what any application on that stack costs on this machine. The floor has
           no integration tests to train its AOT cache, so this script trains it when app.aot
           is missing (a run with -XX:AOTCacheOutput and 1,000 requests).

Starts a throwaway PostgreSQL 15 on loopback, migrates and seeds it with the first build's own
CLI (`migrate`, `seed --scale 0.1`), then measures. Writes bench/results/coldstart-<time>.md.
Needs PostgreSQL 15 server binaries (PG_BIN) and JDK 25 (JAVA_HOME) for the jars.
"""
import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import PG_PORT, RESULTS, Postgres, get, log, APP_PORT  # noqa: E402
from pairs import rss_mb  # noqa: E402

RUNS = 5


def command(kind, path, java, native_heap="64m"):
    path = Path(path).resolve()
    if kind.endswith("native"):
        # a container's memory limit sizes the heap of a real native image; the kit's stand-in
        # has no container detection, so the heap a 128 MB serverless instance gets is given here
        return [str(path), f"-Xmx{native_heap}"]
    jar = str(path / "quarkus-run.jar")
    if kind.endswith("aot-jar"):
        return [java, f"-XX:AOTCache={path / 'app.aot'}", "-jar", jar]
    return [java, "-jar", jar]


def environment():
    return {**os.environ, "DATABASE_URL": f"postgresql://bench:bench@127.0.0.1:{PG_PORT}/bench", "PORT": str(APP_PORT),
            "FLOOR_JDBC_URL": f"jdbc:postgresql://127.0.0.1:{PG_PORT}/bench"}


def first_200(cmd, slug):
    """One fresh start: ms from exec to the first 200, and the running process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = started + 60
    while time.perf_counter() < deadline:
        try:
            if get(f"/api/posts/{slug}")[0] == 200:
                return (time.perf_counter() - started) * 1000, proc
        except OSError:
            time.sleep(0.001)
    proc.kill()
    raise RuntimeError(f"{cmd[0]} answered no 200 within 60 s")


def train_aot_cache(path, java, slug):
    """Records path/app.aot from a run that serves 1,000 requests, as the JDK's one-step workflow does."""
    path = Path(path).resolve()
    cmd = [java, f"-XX:AOTCacheOutput={path / 'app.aot'}", "-jar", str(path / "quarkus-run.jar")]
    _, proc = first_200(cmd, slug)
    for _ in range(1000):
        get(f"/api/posts/{slug}")
    proc.send_signal(signal.SIGTERM)
    proc.wait(120)
    if not (path / "app.aot").exists():
        raise RuntimeError(f"no AOT cache was written to {path / 'app.aot'}")


def measure(cmd, slug):
    times, rss = [], None
    for run in range(RUNS):
        elapsed, proc = first_200(cmd, slug)
        times.append(elapsed)
        if run == RUNS - 1:
            for _ in range(1000):
                get(f"/api/posts/{slug}")
            rss = rss_mb(proc.pid)
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    return {"median_ms": round(statistics.median(times)), "all_ms": [round(t) for t in times], "rss_mb": rss}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--native")
    parser.add_argument("--native-heap", default="64m")
    parser.add_argument("--aot-jar")
    parser.add_argument("--jar")
    parser.add_argument("--floor-native")
    parser.add_argument("--floor-aot-jar")
    parser.add_argument("--pg-bin", default=os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
    parser.add_argument("--java", default=str(Path(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")) / "bin" / "java"))
    args = parser.parse_args()
    builds = [(kind, path) for kind, path in (("native", args.native), ("aot-jar", args.aot_jar), ("jar", args.jar),
                                              ("floor native", args.floor_native), ("floor aot-jar", args.floor_aot_jar)) if path]
    if not builds or builds[0][0].startswith("floor"):
        sys.exit("give at least one of --native, --aot-jar, --jar: Plume's CLI migrates and seeds the database")

    work = Path(tempfile.mkdtemp(prefix="plume-coldstart-"))
    pg = Postgres(work, Path(args.pg_bin))
    try:
        pg.start()
        cli = command(*builds[0], args.java, args.native_heap)
        for step in (["migrate"], ["seed", "--scale", "0.1"]):
            log(" ".join(step), subprocess.run(cli + step, env=environment(), check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
        slug = pg.psql("bench", "SELECT slug FROM posts WHERE status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY id LIMIT 1").strip()
        results = {}
        for kind, path in builds:
            if kind == "floor aot-jar" and not (Path(path) / "app.aot").exists():
                log("floor aot-jar: training its AOT cache")
                train_aot_cache(path, args.java, slug)
            log(f"{kind}: {RUNS} fresh starts")
            results[kind] = measure(command(kind, path, args.java, args.native_heap), slug)
            log(kind, results[kind])
    finally:
        pg.stop()

    when = datetime.now(timezone.utc)
    lines = [f"Cold start {when.isoformat(timespec='seconds')}, {os.cpu_count()} cores: exec to the first 200 on "
             f"GET /api/posts/{{slug}} (median of {RUNS} fresh starts), RSS after 1,000 requests; native builds run "
             f"with -Xmx{args.native_heap}", "",
             "| build | first 200, median | all runs | RSS after 1,000 requests |", "|---|---:|---|---:|"]
    for kind, r in results.items():
        lines.append(f"| {kind} | {r['median_ms']} ms | {', '.join(str(t) for t in r['all_ms'])} ms | {r['rss_mb']} MB |")
    md = "\n".join(lines) + "\n"
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"coldstart-{when.strftime('%Y%m%dT%H%M%SZ')}.md").write_text(md)
    (RESULTS / "coldstart-latest.md").write_text(md)
    print(md)


if __name__ == "__main__":
    main()
