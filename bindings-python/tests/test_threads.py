"""One engine shared by threads; one session shared by threads; the GIL released on long calls."""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import veil
from helpers import golden_cases

TEXTS = [c["text"] for c in golden_cases()] + [
    f"user{i}@example.org 联系 +86 138 0013 {8000 + i} 😀 4111 1111 1111 1111" for i in range(200)
]


def test_shared_engine_equals_sequential(engine: veil.Engine) -> None:
    expected_scan = [engine.scan(t) for t in TEXTS]
    expected_redact = [engine.redact(t) for t in TEXTS]
    work = TEXTS * 5
    with ThreadPoolExecutor(max_workers=8) as pool:
        scans = list(pool.map(engine.scan, work))
        redactions = list(pool.map(engine.redact, work))
        batches = list(pool.map(lambda chunk: engine.scan_batch(chunk, 2), [TEXTS] * 4))
    assert scans == expected_scan * 5
    assert redactions == expected_redact * 5
    assert batches == [expected_scan] * 4


def test_shared_engine_long_texts(engine: veil.Engine) -> None:
    # Long enough to be scanned with the GIL released, so threads really overlap.
    texts = [("filler text " * 500 + f" user{i}@example.org ") * 4 for i in range(16)]
    expected = [engine.scan(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(engine.scan, texts)) == expected
        assert list(pool.map(engine.redact, texts)) == [engine.redact(t) for t in texts]


def test_shared_session_is_not_corrupted(engine: veil.Engine) -> None:
    session = engine.session()
    shared = [f"shared{i}@example.org" for i in range(20)]
    threads = 8

    def worker(k: int) -> list[tuple[str, str]]:
        done = []
        for i in range(60):
            mine = f"t{k}-{i}@example.org"
            common = shared[(i + k) % len(shared)]
            # Long texts go through the GIL-released path, short ones through the other.
            pad = "x " * 3000 if i % 3 == 0 else ""
            text = f"{pad}from {mine} to {common} 😀"
            sent = session.redact(text)
            done.append((text, sent.text))
        return done

    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = [pair for chunk in pool.map(worker, range(threads)) for pair in chunk]

    distinct = len(shared) + threads * 60
    assert len(session) == distinct
    entries = session.entries()
    placeholders = [e["placeholder"] for e in entries]
    values = [e["value"] for e in entries]
    assert len(set(placeholders)) == distinct and len(set(values)) == distinct
    numbers = sorted(int(re.fullmatch(r"<EMAIL_ADDRESS_(\d+)>", p).group(1)) for p in placeholders)
    assert numbers == list(range(1, distinct + 1)), "numbering has no gap and no duplicate"
    for text, sent in results:
        assert "@" not in sent
        assert session.restore(sent) == text
    # A value redacted by many threads always got the same placeholder.
    for value in shared:
        (p,) = [e["placeholder"] for e in entries if e["value"] == value]
        assert session.redact(value).text == p


def test_gil_released_during_long_scan(engine: veil.Engine) -> None:
    """While one thread is inside a long scan, the main thread keeps running Python code.

    With the GIL held for the whole call, the main thread could not run a single bytecode between
    the call's start and end, so no tick could fall inside the middle of the call: the check does
    not depend on how fast the machine is, only on the call lasting long enough for the OS to
    schedule the main thread at all (a few hundred ms; retried to ride out a loaded machine)."""
    unit = "Hi team, please email the Q3 report to jane.doe@example.com or call +1 415 555 0134. "
    text = unit * 40_000  # ~3.5 MB, PII-dense: a few hundred ms
    for call in (engine.scan, engine.redact, lambda t: engine.scan_batch([t, t], threads=1)):
        for _attempt in range(3):
            span: list[float] = []
            ticks: list[float] = []

            def worker() -> None:
                span.append(time.perf_counter())
                call(text)
                span.append(time.perf_counter())

            th = threading.Thread(target=worker)
            th.start()
            while th.is_alive():
                ticks.append(time.perf_counter())
            th.join()
            start, end = span
            quarter = (end - start) / 4
            inside = [t for t in ticks if start + quarter < t < end - quarter]
            if len(inside) >= 10:
                break
        assert len(inside) >= 10, f"main thread ran {len(inside)} times during a {end - start:.3f}s call"


def test_engine_and_session_outlive_threads(engine: veil.Engine) -> None:
    session = engine.session()

    def make() -> veil.Session:
        s = engine.session()
        s.redact("a@b.io")
        return s

    with ThreadPoolExecutor(max_workers=2) as pool:
        made = list(pool.map(lambda _: make(), range(4)))
        pool.submit(session.redact, "c@d.io").result()
    assert [len(s) for s in made] == [1, 1, 1, 1]
    assert session.restore("<EMAIL_ADDRESS_1>") == "c@d.io"
