"""Plume beside the Drizzle peer in one run (bench/run.py --peer drizzle).

Both servers stay up on the same database; each scenario is measured on the peer, then on Plume,
then again, for --pairs pairs, so that the machine's drift lands on both sides of every ratio.
Per measurement: req/s from wrk, the CPU time of the server process and of the whole PostgreSQL
cluster per completed request (from /proc, over the wrk run), and the median latency of one
request at a time (wrk with one connection). The ratios are medians of the pairwise ratios.
With --profile, Plume then runs each scenario once more, not counted, sampled by async-profiler
(from Maven Central, loaded into the running JVM with jcmd) into bench/results/<time>-<scenario>.html.
"""
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

PEER_PORT = 13001
ASYNC_PROFILER = "tools.profiler:async-profiler:4.6:jar:linux-x64"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
SCENARIOS = ("R1", "R2", "R3", "R4", "MIX")


def process_cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def cluster_cpu_seconds(postmaster_pid):
    """The postmaster and every process it started (backends, checkpointer, WAL writer...)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if entry.name == str(postmaster_pid) or stat[1] == str(postmaster_pid):
                total += (int(stat[11]) + int(stat[12])) / CLOCK_TICKS
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024)
    return None


class DrizzlePeer:
    """shared/bench/drizzle-peer, copied somewhere writable (shared/ may be read-only) and installed."""

    def __init__(self, source: Path, database_url: str, pool: int, log_file: Path, get):
        self.dir = Path(tempfile.mkdtemp(prefix="plume-peer-")) / "drizzle-peer"
        shutil.copytree(source, self.dir, ignore=shutil.ignore_patterns("node_modules"))
        subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=self.dir, check=True,
                       capture_output=True)
        self.env = {**os.environ, "PORT": str(PEER_PORT), "DATABASE_URL": database_url, "POOL_SIZE": str(pool)}
        self.log_file = log_file
        self.get = get
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen(["node", "src/server.js"], cwd=self.dir, env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=open(self.log_file, "w"))
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if self.get("/api/posts?limit=1", port=PEER_PORT)[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"the Drizzle peer did not answer; see {self.log_file}")

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(10)
        shutil.rmtree(self.dir.parent, ignore_errors=True)


class Profiler:
    """async-profiler's agent, loaded into a running JVM; CPU samples of one interval as a flame graph."""

    def __init__(self, root: Path, java_home: Path):
        self.jcmd = java_home / "bin" / "jcmd"
        target = Path(tempfile.mkdtemp(prefix="plume-profiler-"))
        subprocess.run([str(root / "mvnw"), "-q", "-B", "dependency:copy", f"-Dartifact={ASYNC_PROFILER}",
                        f"-DoutputDirectory={target}"], cwd=root, check=True, capture_output=True,
                       env={**os.environ, "JAVA_HOME": str(java_home)})
        jar = next(target.glob("*.jar"))
        subprocess.run(["unzip", "-q", "-o", str(jar), "linux-x64/libasyncProfiler.so", "-d", str(target)], check=True)
        self.library = target / "linux-x64" / "libasyncProfiler.so"

    def command(self, pid, command):
        # quoted, or jcmd reads the '=' in the agent's options as arguments of its own
        out = subprocess.run([str(self.jcmd), str(pid), "JVMTI.agent_load", str(self.library), f'"{command}"'],
                             check=True, capture_output=True, text=True).stdout
        if "return code: 0" not in out:
            raise RuntimeError(f"async-profiler refused {command!r}: {out}")

    def start(self, pid):
        # itimer: CPU time of every thread, without perf_events (often closed in VMs and containers)
        self.command(pid, "start,event=itimer,interval=1ms")

    def stop(self, pid, flame_graph: Path):
        self.command(pid, f"stop,file={flame_graph}")
        # the same samples as text (one line per stack), to read and compare without a browser
        self.command(pid, f"dump,collapsed,file={flame_graph.with_suffix('.collapsed')}")


def measure_one(server_pid, postmaster_pid, port, script, wargs, args, wrk, forget_writes, writes, profile_to=None):
    wrk(script, args.warmup, wargs, port=port)
    if writes:
        forget_writes()
    if profile_to:
        args.profiler.start(server_pid)
    cpu, pg_cpu = process_cpu_seconds(server_pid), cluster_cpu_seconds(postmaster_pid)
    result = wrk(script, args.duration, wargs, port=port)
    cpu, pg_cpu = process_cpu_seconds(server_pid) - cpu, cluster_cpu_seconds(postmaster_pid) - pg_cpu
    if profile_to:
        args.profiler.stop(server_pid, profile_to)
    completed = max(result["requests"], 1)
    result["cpu_us"] = round(cpu * 1e6 / completed)
    result["pg_cpu_us"] = round(pg_cpu * 1e6 / completed)
    # one request at a time: latency without queueing, what a lone user of a quiet instance waits
    result["lone_p50_ms"] = wrk(script, args.lone_duration, wargs, port=port, threads=1, connections=1)["p50_ms"]
    if writes:
        forget_writes()
    return result


def compare(servers, postmaster_pid, cursors, search_word, args, wrk, forget_writes, log, profile_prefix=None):
    """servers: {"peer": (pid, port), "plume": (pid, port)} in the order they take turns (the reference
    first: the Drizzle peer, or another build of Plume); cursors: the deep cursor each one served."""
    scenarios = {"R1": ("r1.lua", lambda _: ()), "R2": ("r2.lua", lambda s: (cursors[s],)),
                 "R3": ("r3.lua", lambda _: ()), "R4": ("r4.lua", lambda _: (search_word,)),
                 "MIX": ("mix.lua", lambda s: (cursors[s], search_word))}
    runs = {name: {server: [] for server in servers} for name in scenarios if not args.only or name in args.only}
    for pair in range(args.pairs):
        for name in runs:
            script, wargs = scenarios[name]
            for server, (pid, port) in servers.items():
                result = measure_one(pid, postmaster_pid, port, script, wargs(server), args, wrk,
                                     forget_writes, name == "MIX")
                runs[name][server].append(result)
                log(f"[pair {pair + 1}] {name} {server}: {result}")
    # before the profiled runs: the profiler's own memory is not Plume's
    rss = {server: rss_mb(pid) for server, (pid, _) in servers.items()}
    if profile_prefix:
        pid, port = servers["plume"]
        for name in runs:
            script, wargs = scenarios[name]
            measure_one(pid, postmaster_pid, port, script, wargs("plume"), args, wrk, forget_writes, name == "MIX",
                        Path(f"{profile_prefix}-{name}.html"))
    return {"runs": runs, "rss_mb": rss, "summary": summarize(runs, rss)}


def summarize(runs, rss):
    """Per scenario and figure: each server's median, and the median of the pairwise ratios Plume / peer."""
    summary = {}
    for name, by_server in runs.items():
        figures = {}
        for figure in ("rps", "cpu_us", "pg_cpu_us", "lone_p50_ms", "p99_ms"):
            peer = [r[figure] for r in by_server["peer"]]
            plume = [r[figure] for r in by_server["plume"]]
            ratios = [b / a for a, b in zip(peer, plume) if a]
            # the median of an even number of runs is a mean of two: rounded to the runs' own precision
            figures[figure] = {"peer": round(statistics.median(peer), 2), "plume": round(statistics.median(plume), 2),
                               "ratio": round(statistics.median(ratios), 2) if ratios else None}
        figures["non2xx"] = {server: sum(r["non2xx"] + r["socket_errors"] for r in results)
                             for server, results in by_server.items()}
        summary[name] = figures
    summary["RSS"] = {"rss_mb": {"peer": rss["peer"], "plume": rss["plume"],
                                 "ratio": round(rss["plume"] / rss["peer"], 2)}}
    return summary


def table(result, pairs, reference="the Drizzle peer"):
    lines = [f"Plume beside {reference} (the peer column), caches off, {pairs} alternating pairs: each figure "
             "is the median of the runs; the ratio is the median of the pairwise ratios Plume / peer.", "",
             "| scenario | figure | peer | Plume | Plume / peer |", "|---|---|---:|---:|---:|"]
    labels = {"rps": "req/s", "cpu_us": "service CPU per request, µs", "pg_cpu_us": "PostgreSQL CPU per request, µs",
              "lone_p50_ms": "one request at a time, median ms", "p99_ms": "p99 under load, ms"}
    for name, figures in result["summary"].items():
        if name == "RSS":
            continue
        for figure, label in labels.items():
            f = figures[figure]
            lines.append(f"| {name} | {label} | {f['peer']:,} | {f['plume']:,} | {f['ratio']} |")
        errors = figures["non2xx"]
        if any(errors.values()):
            lines.append(f"| {name} | non-2xx or socket errors | {errors['peer']} | {errors['plume']} | |")
    r = result["summary"]["RSS"]["rss_mb"]
    lines.append(f"| all | RSS after the load, MB | {r['peer']} | {r['plume']} | {r['ratio']} |")
    return "\n".join(lines)
