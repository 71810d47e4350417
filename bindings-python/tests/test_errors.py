"""Bad input is an answer, not a crash: TypeError for non-str, VeilError for what veil rejects."""

from __future__ import annotations

import pytest

import veil

LONE = "mail ana@example.org \ud800 now"


@pytest.mark.parametrize("bad", [b"ana@example.org", bytearray(b"x"), 42, None, ["a"], object()])
def test_non_str_text_is_a_type_error(engine: veil.Engine, bad: object) -> None:
    session = engine.session()
    for call in (engine.scan, engine.redact, engine.is_clean, engine.guard, session.redact, session.restore, session.guard):
        with pytest.raises(TypeError, match=r"^text must be str, not "):
            call(bad)  # type: ignore[arg-type]
    if bad is not None:  # Engine(policy=None) is the built-in policy
        with pytest.raises(TypeError, match=r"^policy must be str"):
            veil.Engine(policy=bad)  # type: ignore[arg-type]


def test_batch_arguments(engine: veil.Engine) -> None:
    for call in (engine.scan_batch, engine.redact_batch):
        with pytest.raises(TypeError, match="not a str"):
            call("one text")
        with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
            call(["a", 1])
        with pytest.raises(TypeError):
            call(42)  # type: ignore[arg-type]
        with pytest.raises(OverflowError):
            call(["a"], threads=-1)
    with pytest.raises(veil.VeilError, match=r"texts\[2\] has a lone surrogate at index 1"):
        engine.scan_batch(["a", "b", "x\udfffy"])


def test_lone_surrogate_is_a_veil_error(engine: veil.Engine) -> None:
    session = engine.session()
    for call in (engine.scan, engine.redact, engine.is_clean, engine.guard, session.redact, session.restore, session.guard):
        with pytest.raises(veil.VeilError) as info:
            call(LONE)
        err = info.value
        assert isinstance(err, ValueError)
        assert str(err) == (
            "input error: text has a lone surrogate at index 21: it is not valid Unicode and cannot be encoded as UTF-8"
        )
        assert (err.kind, err.rule, err.offset) == ("input", None, 21)
        assert isinstance(err.__cause__, UnicodeEncodeError)
        assert "ana@example.org" not in str(err), "errors never echo the text"
    assert len(session) == 0


def test_bad_policy_names_the_fault() -> None:
    with pytest.raises(veil.VeilError) as info:
        veil.Engine(policy='[detect]\npacks = ["pii"]\nbogus_key = "hunter2-secret"\n')
    err = info.value
    assert err.kind == "policy" and err.rule is None and err.offset is None
    assert str(err).startswith("policy error: ")
    assert "line 3" in str(err) and "bogus_key" in str(err)
    assert "hunter2-secret" not in str(err)

    with pytest.raises(veil.VeilError, match="unknown rule pack 'klingon'"):
        veil.Engine(policy='[detect]\npacks = ["pii", "klingon"]\n')
    with pytest.raises(veil.VeilError, match="not toml at all|TOML parse error"):
        veil.Engine(policy="this is = = not toml at all")


def test_bad_rule_names_the_rule() -> None:
    policy = "[[rule]]\nid = \"r1\"\ntype = \"X_ID\"\ncategory = \"pii\"\nkeywords = [\"X-\"]\npattern = 'X-(['\n"
    with pytest.raises(veil.VeilError) as info:
        veil.Engine(policy=policy)
    err = info.value
    assert (err.kind, err.rule) == ("rule", "r1")
    assert str(err).startswith("rule error in rule 'r1': ")
    assert "does not parse" in str(err)


def test_from_file_errors(tmp_path) -> None:
    missing = tmp_path / "missing.toml"
    with pytest.raises(FileNotFoundError) as info:
        veil.Engine.from_file(missing)
    assert info.value.filename == str(missing)
    assert info.value.strerror == "No such file or directory"
    with pytest.raises(IsADirectoryError):
        veil.Engine.from_file(tmp_path)
    bad = tmp_path / "bad.toml"
    bad.write_text("[redact]\noperator = \"shred\"\n", encoding="utf-8")
    with pytest.raises(veil.VeilError) as err:
        veil.Engine.from_file(bad)
    assert str(err.value).startswith(f"{bad}: policy error: ")
    assert "line 2" in str(err.value)
    with pytest.raises(TypeError):
        veil.Engine.from_file(42)  # type: ignore[arg-type]


def test_bad_session_json(engine: veil.Engine) -> None:
    for bad in ("", "{}", "[]", '{"format": "other", "version": 1, "entries": []}'):
        with pytest.raises(veil.VeilError) as info:
            engine.session_from_json(bad)
        assert info.value.kind == "session"
    dup = '{"format": "veil-session", "version": 1, "entries": [' + ",".join(
        ['{"placeholder": "<EMAIL_ADDRESS_1>", "type": "EMAIL_ADDRESS", "value": "a@b.io"}'] * 2
    ) + "]}"
    with pytest.raises(veil.VeilError, match="duplicate placeholder"):
        veil.Session.from_json(engine, dup)
    with pytest.raises(TypeError):
        veil.Session.from_json("not an engine", "{}")  # type: ignore[arg-type]


def test_veil_error_is_a_usable_class() -> None:
    assert issubclass(veil.VeilError, ValueError)
    err = veil.VeilError("made by hand")
    assert (err.kind, err.rule, err.offset) == (None, None, None)
    with pytest.raises(ValueError):
        raise err


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00" * 1000,
        "\ufeff\u200b\u200d\u2060" * 500,
        "<" * 10_000 + ">" * 10_000,
        "@" * 100_000,
        "1" * 100_000,
        "😀" * 50_000,
        "\U000e0041" * 1000,  # tag characters
        "a\u0301" * 20_000,
        "ß" * 10_000,  # case folding grows the text
        "\ufdfa" * 5_000,  # NFKC expands one code point to 18
    ],
    ids=["empty", "nul", "format-chars", "angles", "ats", "digits", "emoji", "tags", "combining", "eszett", "nfkc-expansion"],
)
def test_odd_input_never_panics(engine: veil.Engine, text: str) -> None:
    for f in engine.scan(text):
        assert text[f.start : f.end] == f.text
    session = engine.session()
    out = session.redact(text)
    assert session.restore(out.text) == text
