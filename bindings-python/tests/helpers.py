"""Helpers shared by the test modules (on sys.path through pytest's `pythonpath`)."""

from __future__ import annotations

import json
import pathlib

REPO = pathlib.Path(__file__).resolve().parents[2]
GOLDEN = REPO / "core" / "tests" / "cases" / "golden.json"


def golden_cases() -> list[dict]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]


def byte_span_to_str(text: str, start: int, end: int) -> tuple[int, int]:
    """UTF-8 byte offsets (golden.json) → str indices, computed from the text independently of veil."""
    raw = text.encode("utf-8")
    return len(raw[:start].decode("utf-8")), len(raw[:end].decode("utf-8"))
