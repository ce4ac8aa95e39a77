"""Benchmark `peelkg serve` beside `oxigraph serve` on one synthetic corpus, and check its answers.

`python bench/bench_serve.py [N] [--seconds S] [--connections C]` builds N synthetic articles
(default 1,000; bench/synth.py) into bench/out/serve-N/, then:
1. asks every queries/*.rq over HTTP (text/csv) and through `peelkg query --format csv`, and
   prints whether the rows are the same;
2. loads each server on loopback with C keep-alive connections for S seconds a request kind
   (wrk when it is installed, `apt-get install wrk`; else a Python client, whose figures are a
   floor: it takes much of the CPU the servers need), and prints requests/s, p50, p99 and
   non-2xx for: a trivial SELECT, one IRI's Turtle, the describe_resource query, an HTML
   page; peelkg serve runs twice, as it starts by default and with `--cache-mb 0` (every
   request answered by a worker, none from the answer cache); `oxigraph serve` answers the
   same SPARQL;
3. prints each server's start time and memory (PSS of its process tree) beside the embedded
   store's, and which of issue 17's load targets are met.
Every request goes to 127.0.0.1; every loop is bounded in time.
"""
from __future__ import annotations

import argparse
import re
import http.client
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
BIN = Path(sys.executable).parent
TRIVIAL = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"
RESOURCE = "https://w3id.org/peelkg/id/force/kent"
OURS, UNCACHED, OXIGRAPH = "peelkg serve", "peelkg serve --cache-mb 0", "oxigraph serve"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_ready(url: str, seconds: float = 120) -> float:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                answer.read()
            return time.monotonic() - started
        except OSError:
            time.sleep(0.02)
    raise SystemExit(f"{url}: no answer within {seconds} s")


def pss_mb(pid: int) -> float:
    """Proportional set size of a process and its descendants (shared pages counted once in all)."""
    total, frontier = 0, [pid]
    while frontier:
        current = frontier.pop()
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                frontier += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return total / 1024


def load(host: str, port: int, path: str, *, seconds: float, connections: int, headers: dict) -> dict:
    """Requests/s, p50 and p99 (ms) and the count of answers that are not 2xx, from wrk if present."""
    if shutil.which("wrk"):
        return wrk(host, port, path, seconds=seconds, connections=connections, headers=headers)
    return python_client(host, port, path, seconds=seconds, connections=connections, headers=headers)


_WRK_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(host: str, port: int, path: str, *, seconds: float, connections: int, headers: dict) -> dict:
    # One client thread: enough for these rates, and it leaves the servers the other core's share.
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--latency", "--timeout", "10s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    report = subprocess.run(command + [f"http://{host}:{port}{path}"], capture_output=True, text=True,
                            check=True).stdout

    def latency(percent: str) -> float:
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)$", report, re.M).groups()
        return float(value) * _WRK_UNITS[unit]

    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1)), "p50": latency("50"),
            "p99": latency("99"), "n": int(re.search(r"(\d+) requests in", report).group(1)),
            "non2xx": (int(failed.group(1)) if failed else 0) + (sum(map(int, errors.groups())) if errors else 0)}


def python_client(host: str, port: int, path: str, *, seconds: float, connections: int, headers: dict) -> dict:
    latencies: list[float] = []
    failures = [0]
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def client() -> None:
        conn = http.client.HTTPConnection(host, port, timeout=30)
        mine, bad = [], 0
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                answer = conn.getresponse()
                answer.read()
                if not 200 <= answer.status < 300:
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
            mine.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    return {"rps": len(latencies) / seconds, "p50": latencies[len(latencies) // 2] * 1000,
            "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000, "non2xx": failures[0],
            "n": len(latencies)}


def query_path(prefix: str, sparql: str) -> str:
    return f"{prefix}?" + urllib.parse.urlencode({"query": sparql})


def compare_answers(build: Path, base: str) -> list[tuple[str, int, bool]]:
    rows = []
    for path in sorted((ROOT / "queries").glob("*.rq")):
        cli = subprocess.run([str(BIN / "peelkg"), "query", str(path), "--data", str(build), "--format", "csv"],
                             capture_output=True, check=True).stdout
        request = urllib.request.Request(base + "sparql", data=path.read_bytes(), method="POST",
                                         headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            served = answer.read()
        rows.append((path.stem, cli.count(b"\r\n") - 1, served == cli))
    return rows


def print_targets(measured: dict, memory: dict, embedded_mb: float) -> None:
    """Issue 17's load targets, each with the figures measured and whether they meet it, with and without the cache."""
    def check(server: str) -> list[tuple[str, bool]]:
        trivial, turtle = measured["trivial SELECT", server], measured["Turtle for one IRI", server]
        describe = measured["describe_resource", server]["rps"] / measured["describe_resource", OXIGRAPH]["rps"]
        html = measured["HTML page (force)", server]
        failed = sum(m["non2xx"] for (_, s), m in measured.items() if s == server)
        return [
            (f"{trivial['rps']:,.0f} req/s, p99 {trivial['p99']:.1f} ms", trivial["rps"] >= 4000 and trivial["p99"] <= 10),
            (f"{turtle['rps']:,.0f} req/s, p99 {turtle['p99']:.1f} ms", turtle["rps"] >= 3000 and turtle["p99"] <= 10),
            (f"{describe:.0%}", describe >= 0.8),
            (f"{html['p99']:.1f} ms", html["p99"] <= 25),
            (f"{failed}", failed == 0),
            (f"{memory[server] / embedded_mb:.2f}x", memory[server] <= 2 * embedded_mb),
        ]

    targets = ["trivial SELECT >= 4,000 req/s, p99 <= 10 ms", "Turtle for one IRI >= 3,000 req/s, p99 <= 10 ms",
               "describe_resource >= 80 % of oxigraph serve's req/s", "HTML page p99 <= 25 ms", "zero non-2xx",
               "memory <= 2x the embedded store's"]
    print(f"\n| issue 17's target | {OURS} | met | {UNCACHED} | met |\n|---|---|---|---|---|")
    for target, (figure, met), (figure_uncached, met_uncached) in zip(targets, check(OURS), check(UNCACHED)):
        print(f"| {target} | {figure} | {'yes' if met else 'NO'} | {figure_uncached} | {'yes' if met_uncached else 'NO'} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args(argv)
    # Other work on the machine lowers every figure: its load average when the run began is printed.
    load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    from synth import generate

    out = ROOT / "bench" / "out" / f"serve-{args.n}"
    corpus, build = out / "corpus", out / "build"
    if not (build / "peel.trig").is_file():
        shutil.rmtree(out, ignore_errors=True)
        generate(args.n, corpus)
        subprocess.run([str(BIN / "peelkg"), "build", "--seeds", str(corpus), "--out", str(build)], check=True)
    describe = (ROOT / "queries" / "describe_resource.rq").read_text().replace(
        "<https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25>", f"<{RESOURCE}>")
    document = (ROOT / "src/peelkg/serve/queries/document.rq").read_text().replace("<urn:resource>", f"<{RESOURCE}>")

    port, uncached_port, oxi_port = free_port(), free_port(), free_port()
    launched = time.monotonic()
    ours = subprocess.Popen([str(BIN / "peelkg"), "serve", "--data", str(build), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = [ours]
    try:
        wait_ready(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D")
        started_in = time.monotonic() - launched
        base = f"http://127.0.0.1:{port}/"
        print(f"# peelkg serve on {args.n:,} synthetic articles (up in {started_in:.2f} s)\n")
        print("| query | rows | same rows over HTTP as `peelkg query` |\n|---|---|---|")
        compared = compare_answers(build, base)
        for name, count, same in compared:
            print(f"| {name} | {count:,} | {'yes' if same else 'NO'} |")

        # The same server without its answer cache: every request is answered by a worker.
        uncached = subprocess.Popen([str(BIN / "peelkg"), "serve", "--data", str(build), "--port", str(uncached_port),
                                     "--cache-mb", "0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.append(uncached)
        oxi_dir = out / "oxigraph"
        shutil.rmtree(oxi_dir, ignore_errors=True)
        subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(oxi_dir), "--file", str(build / "peel.trig")],
                       check=True, capture_output=True)
        # The merge as the default graph, as peelkg build --store writes it for a remote store.
        subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(oxi_dir), "--file", str(build / "peel.nt")],
                       check=True, capture_output=True)
        theirs = subprocess.Popen([str(BIN / "oxigraph"), "serve-read-only", "--location", str(oxi_dir),
                                   "--bind", f"127.0.0.1:{oxi_port}"], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        started.append(theirs)
        oxi_started = wait_ready(f"http://127.0.0.1:{oxi_port}/query?query=ASK%7B%7D")
        wait_ready(f"http://127.0.0.1:{uncached_port}/sparql?query=ASK%7B%7D")

        kinds = [
            ("trivial SELECT", query_path("/sparql", TRIVIAL), query_path("/query", TRIVIAL),
             {"Accept": "application/sparql-results+json"}),
            ("Turtle for one IRI", "/id/force/kent.ttl", query_path("/query", document), {"Accept": "text/turtle"}),
            ("describe_resource", query_path("/sparql", describe), query_path("/query", describe),
             {"Accept": "application/sparql-results+json"}),
            ("HTML page (force)", "/id/force/kent.html", None, {"Accept": "text/html"}),
        ]
        servers = [(OURS, port), (UNCACHED, uncached_port), (OXIGRAPH, oxi_port)]
        client = "wrk 1 thread" if shutil.which("wrk") else "a Python client"
        print(f"\n{client}, {args.connections} connections, {args.seconds:g} s a row after 1 s of warm-up, "
              f"on the servers' {os.cpu_count()} cores\n")
        print("| request | server | req/s | p50 ms | p99 ms | non-2xx |\n|---|---|---|---|---|---|")
        measured: dict[tuple[str, str], dict] = {}
        for name, ours_path, theirs_path, headers in kinds:
            for server, server_port in servers:
                path = theirs_path if server == OXIGRAPH else ours_path
                if path is None:
                    continue
                load("127.0.0.1", server_port, path, seconds=1, connections=args.connections, headers=headers)
                m = measured[name, server] = load("127.0.0.1", server_port, path, seconds=args.seconds,
                                                  connections=args.connections, headers=headers)
                print(f"| {name} | {server} | {m['rps']:,.0f} | {m['p50']:.2f} | {m['p99']:.2f} | {m['non2xx']} |")

        embedded = subprocess.run([sys.executable, "-c", (
            "import sys; from pathlib import Path; from peelkg.query import open_local; s = open_local(Path(sys.argv[1]));"
            " s.with_named_graphs(); print(open('/proc/self/smaps_rollup').read())"), str(build)],
            capture_output=True, text=True, check=True).stdout
        embedded_mb = sum(int(l.split()[1]) for l in embedded.splitlines() if l.startswith("Pss:")) / 1024
        memory = {OURS: pss_mb(ours.pid), UNCACHED: pss_mb(uncached.pid)}
        print(f"\nmemory (PSS of the process tree, after the load): {OURS} {memory[OURS]:,.0f} MB, "
              f"{UNCACHED} {memory[UNCACHED]:,.0f} MB, {OXIGRAPH} {pss_mb(theirs.pid):,.0f} MB "
              f"(its store is on disk), the embedded store alone {embedded_mb:,.0f} MB")
        print(f"start: peelkg serve {started_in:.2f} s, oxigraph serve {oxi_started:.2f} s")
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average before the run "
              f"{load_before}")
        print_targets(measured, memory, embedded_mb)
        return 0 if all(same for _, _, same in compared) else 1
    finally:
        for process in started:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
