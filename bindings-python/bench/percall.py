"""Per-call overhead: single ``engine.scan(prompt)`` calls from Python against the Rust baseline.

Times ``--calls`` single calls (after a warm-up of a tenth as many), each on its own with
``time.perf_counter_ns``, exactly as the Rust baseline (``veil-eval percall``) times
``Engine::scan``, and prints the median and 90th percentile. Unless ``--no-rust`` is given it first
runs the Rust baseline from the repository root, scans the very prompt that one printed, and prints
the ratio of the medians.

The timer itself costs something in Python: ``timer_floor_ns`` is the median of timing a call to a
no-op, and ``median_net_ns`` the median minus that floor.

    python bindings-python/bench/percall.py [--calls 200000] [--op scan|redact] [--no-rust]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import time

import veil

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The same text as veil_benches::PROMPT_100, used when the Rust baseline is not run.
PROMPT_100 = (
    "Hi team, please email the Q3 report to jane.doe@example.com or call "
    "+1 415 555 0134 by Friday, thanks."
)


def time_calls(calls: int, f) -> tuple[int, int]:
    """Median and p90 in ns of ``calls`` single calls of ``f``, after a warm-up."""
    for _ in range(calls // 10):
        f()
    clock = time.perf_counter_ns
    ns = [0] * calls
    for i in range(calls):
        t = clock()
        f()
        ns[i] = clock() - t
    ns.sort()
    return ns[len(ns) // 2], ns[len(ns) * 9 // 10]


def rust_baseline(calls: int, op: str) -> dict:
    cmd = [
        "cargo", "run", "--release", "-q", "-p", "veil-benches", "--bin", "veil-eval", "--",
        "percall", "--calls", str(calls), "--op", op,
    ]
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=200_000)
    ap.add_argument("--op", choices=["scan", "redact"], default="scan")
    ap.add_argument("--no-rust", action="store_true", help="skip the Rust baseline")
    args = ap.parse_args()

    rust = None if args.no_rust else rust_baseline(args.calls, args.op)
    prompt = rust["prompt"] if rust else PROMPT_100

    engine = veil.Engine()
    call = engine.scan if args.op == "scan" else engine.redact

    def noop(_text: str) -> None:
        return None

    floor, _ = time_calls(args.calls, lambda: noop(prompt))
    median, p90 = time_calls(args.calls, lambda: call(prompt))
    result = {
        "lang": "python",
        "op": args.op,
        "bytes": len(prompt.encode()),
        "calls": args.calls,
        "median_ns": median,
        "p90_ns": p90,
        "timer_floor_ns": floor,
        "median_net_ns": median - floor,
        "python": sys.version.split()[0],
        "veil": veil.__version__,
    }
    if rust:
        result["rust_median_ns"] = rust["median_ns"]
        result["rust_p90_ns"] = rust["p90_ns"]
        result["ratio"] = round(median / rust["median_ns"], 2)
        result["ratio_net"] = round((median - floor) / rust["median_ns"], 2)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
