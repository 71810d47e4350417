"""Offsets are str indices (code points): text[f.start:f.end] == f.text whatever precedes the value."""

from __future__ import annotations

import pytest

import veil

EMAIL = "ana@example.org"
PHONE = "+86 138 0013 8000"

PREFIXES = {
    "ascii": "mail: ",
    "cjk": "请联系我的邮箱：",
    "emoji": "📧😀 ",
    "zwj-family": "👩\u200d👩\u200d👧 write to ",
    "flags": "🇫🇷🇩🇪 ",
    "combining": "Ame\u0301lie (e + U+0301), cafe\u0301: ",
    "precomposed": "Amélie, café: ",
    "rtl": "البريد الإلكتروني: ",
    "devanagari": "ईमेल: ",
    "astral-math": "𝕄𝕒𝕚𝕝 ",
    "nbsp-and-tabs": "\u00a0\t\u3000",
    "variation-selector": "✉\ufe0f ",
    "bom": "\ufeffmail ",
}


@pytest.mark.parametrize("prefix", PREFIXES.values(), ids=PREFIXES.keys())
def test_spans_after_non_ascii(engine: veil.Engine, prefix: str) -> None:
    text = f"{prefix}{EMAIL} 或 {PHONE}。{prefix}"
    found = engine.scan(text)
    assert [(f.type, f.text) for f in found] == [("EMAIL_ADDRESS", EMAIL), ("PHONE_NUMBER", PHONE)]
    for f in found:
        assert text[f.start : f.end] == f.text
    assert found[0].start == len(prefix)
    assert found[0].end == len(prefix) + len(EMAIL)


def test_known_positions(engine: veil.Engine) -> None:
    # "电话" is 2 code points (6 UTF-8 bytes); "😀" is 1 code point (4 bytes, 2 UTF-16 units).
    text = "电话 😀 a@b.io"
    (f,) = engine.scan(text)
    assert (f.start, f.end, f.text) == (5, 11, "a@b.io")


def test_redaction_findings_index_the_input(engine: veil.Engine) -> None:
    text = "联系 😀 ana@example.org 或 +86 138 0013 8000。"
    out = engine.redact(text)
    assert out.text == "联系 😀 [EMAIL_ADDRESS] 或 [PHONE_NUMBER]。"
    assert [text[f.start : f.end] for f in out.findings] == [EMAIL, PHONE]
    sent = engine.session().redact(text)
    assert [text[f.start : f.end] for f in sent.findings] == [EMAIL, PHONE]


def test_fullwidth_digits_map_back_to_the_original(engine: veil.Engine) -> None:
    # The engine reads a normalized (NFKC) view; spans are reported in the original text.
    text = "手机：１３８１２３４５６７８ 好"
    (f,) = engine.scan(text)
    assert f.type == "PHONE_NUMBER"
    assert f.text == "１３８１２３４５６７８"
    assert text[f.start : f.end] == f.text


def test_batch_spans_match(engine: veil.Engine) -> None:
    texts = [p + EMAIL for p in PREFIXES.values()]
    for text, found in zip(texts, engine.scan_batch(texts)):
        assert [text[f.start : f.end] for f in found] == [EMAIL]
    for text, out in zip(texts, engine.redact_batch(texts)):
        assert [text[f.start : f.end] for f in out.findings] == [EMAIL]
