"""core/tests/cases/golden.json through Python: every case's findings, with the byte spans of the
file turned into str indices, and nothing else."""

from __future__ import annotations

import pytest

import veil
from helpers import byte_span_to_str, golden_cases

CASES = golden_cases()


def test_the_file_is_substantial() -> None:
    assert len(CASES) >= 60
    assert sum(not c["text"].isascii() for c in CASES) >= 5


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_findings(engine: veil.Engine, case: dict) -> None:
    text = case["text"]
    want = []
    for f in case["findings"]:
        start, end = byte_span_to_str(text, f["start"], f["end"])
        assert text[start:end] == f["text"], "golden.json is self-consistent"
        want.append((f["type"], start, end, f["text"]))
    got = engine.scan(text)
    assert [(f.type, f.start, f.end, f.text) for f in got] == want
    for f in got:
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_redaction_removes_every_value(engine: veil.Engine, case: dict) -> None:
    out = engine.redact(case["text"])
    for f in case["findings"]:
        assert f["text"] not in out.text
    if not case["findings"]:
        assert out.text is case["text"], "clean text is handed back as the same object"


def test_golden_session_round_trip(engine: veil.Engine) -> None:
    session = engine.session()
    for case in CASES:
        sent = session.redact(case["text"])
        assert session.restore(sent.text) == case["text"], case["id"]


def test_golden_batch_equals_one_by_one(engine: veil.Engine) -> None:
    texts = [c["text"] for c in CASES]
    assert engine.scan_batch(texts) == [engine.scan(t) for t in texts]
    assert engine.redact_batch(texts) == [engine.redact(t) for t in texts]
