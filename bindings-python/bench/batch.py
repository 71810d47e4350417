"""Batch throughput from Python on the labelled corpus: ``scan_batch`` against a loop of ``scan``.

Reads the ``text`` field of every document of corpus/labelled/docs.jsonl (2500 documents), then
times, ``--runs`` times each (median reported, MB = 10^6 UTF-8 bytes; ``cpu_per_wall`` tells
whether the batch got more than one core):

- ``loop``:        ``[engine.scan(t) for t in texts]``
- ``batch_1``:     ``engine.scan_batch(texts, threads=1)`` (the binding's batch overhead alone)
- ``batch``:       ``engine.scan_batch(texts)`` (threads=0: one per core)
- ``redact_loop`` / ``redact_batch``: the same for ``redact``

    python bindings-python/bench/batch.py [--docs PATH] [--runs 7] [--threads 0]
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import sys
import time

import veil

ROOT = pathlib.Path(__file__).resolve().parents[2]


def median_seconds(runs: int, f) -> tuple[float, float]:
    """Median wall time of ``runs`` calls, and the process CPU time over wall time of those calls
    (about 1 for one busy thread, up to the number of cores when the batch really runs in
    parallel; below 1 when other processes take the cores)."""
    f()  # warm-up
    times = []
    cpu0 = time.process_time()
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return statistics.median(times), (time.process_time() - cpu0) / sum(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=pathlib.Path, default=ROOT / "corpus" / "labelled" / "docs.jsonl")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--threads", type=int, default=0, help="threads of the parallel batch (0: one per core)")
    args = ap.parse_args()

    with args.docs.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    engine = veil.Engine()

    cases = {
        "loop": lambda: [engine.scan(t) for t in texts],
        "batch_1": lambda: engine.scan_batch(texts, threads=1),
        "batch": lambda: engine.scan_batch(texts, threads=args.threads),
        "redact_loop": lambda: [engine.redact(t) for t in texts],
        "redact_batch": lambda: engine.redact_batch(texts, threads=args.threads),
    }
    assert cases["batch"]() == cases["loop"](), "batch equals one by one"
    timed = {name: median_seconds(args.runs, f) for name, f in cases.items()}
    mbps = {name: round(mb / wall, 1) for name, (wall, _) in timed.items()}
    result = {
        "lang": "python",
        "docs": len(texts),
        "mb": round(mb, 3),
        "runs": args.runs,
        "cores": os.cpu_count(),
        "mb_per_s": mbps,
        "cpu_per_wall": {name: round(ratio, 2) for name, (_, ratio) in timed.items()},
        "batch_vs_loop": round(mbps["batch"] / mbps["loop"], 2),
        "redact_batch_vs_loop": round(mbps["redact_batch"] / mbps["redact_loop"], 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
