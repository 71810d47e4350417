"""Streaming: `StreamRedactor` / `StreamRestorer` and their iterator helpers.

The contract is the core's: whatever the chunking, everything a stream returns, joined, equals the
whole-text call (`Engine.redact(text).text`, `Session.restore(text)`). Checked here on random texts
cut at random points (str chunks, and bytes chunks cut inside characters) and on every document of
corpus/labelled/docs.jsonl."""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections.abc import AsyncIterator, Iterable, Iterator
from types import SimpleNamespace
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import veil
from helpers import REPO, golden_cases

ENGINE = veil.Engine()
DOCS = REPO / "corpus" / "labelled" / "docs.jsonl"

# Values the engine finds, and text around them that streams must not cut wrongly: CJK, emoji,
# combining marks, zero-width characters, placeholder-like bits.
VALUES = sorted({f["text"] for c in golden_cases() for f in c["findings"]}) + [
    "ana@example.org",
    "jane.doe+tag@mail.example.co.uk",
    "+1 415-555-2671",
    "+86 138 0013 8000",
    "138 0013 8000",
    "１３８１２３４５６７８",
    "4111 1111 1111 1111",
    "5500-0000-0000-0004",
    "GB82 WEST 1234 5698 7654 32",
    "192.168.1.20",
    "2001:db8::8a2e:370:7334",
    "AKIAZ7QW3ERT5YUI8OPA",
    "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "sk-proj-" + "Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kL9nP2rS5uX8",
    "password = 'Xk9#mQ2$vL7@pR4!'",
]
NOISE = [" ", "\n", "，", "。", "电话", "邮箱：", "😀", "👩\u200d👩\u200d👧", "e\u0301", "\u200b", "é", "<", ">", "_1", "@", "+", "-", "."]
PLACEHOLDERS = ["<EMAIL_ADDRESS_1>", "<PHONE_NUMBER_1>", "<EMAIL_ADDRESS_2>", "<CREDIT_CARD_1>", "<EMAIL_ADD", "<>", "<<"]
CHARS = st.characters(exclude_categories=("Cs",))
PIECES = st.one_of(
    st.text(CHARS, max_size=10),
    st.sampled_from(VALUES),
    st.sampled_from(NOISE),
    st.sampled_from(PLACEHOLDERS),
)
TEXTS = st.lists(PIECES, max_size=14).map("".join)


def cut(seq, cuts: Iterable[int]) -> list:
    """`seq` (str or bytes) cut at the given positions (any order, repeats allowed: empty chunks)."""
    points = [0, *sorted(cuts), len(seq)]
    return [seq[a:b] for a, b in zip(points, points[1:])]


def random_cuts(data: st.DataObject, n: int) -> list[int]:
    return data.draw(st.lists(st.integers(min_value=0, max_value=n), max_size=12))


def run(stream: veil.StreamRedactor | veil.StreamRestorer, chunks: Iterable[str | bytes]) -> str:
    out = [stream.push(c) for c in chunks]
    out.append(stream.finish())
    assert stream.pending == 0
    return "".join(out)


def sized_chunks(text: str, rng: random.Random, low: int = 1, high: int = 8) -> Iterator[str]:
    at = 0
    while at < len(text):
        step = rng.randint(low, high)
        yield text[at : at + step]
        at += step


# --- streamed == whole text -------------------------------------------------------------------


@given(TEXTS, st.data())
def test_redact_str_chunks_equal_whole_text(text: str, data: st.DataObject) -> None:
    chunks = cut(text, random_cuts(data, len(text)))
    assert run(ENGINE.stream_redact(), chunks) == ENGINE.redact(text).text


@given(TEXTS, st.data())
def test_redact_bytes_chunks_cut_inside_characters(text: str, data: st.DataObject) -> None:
    raw = text.encode("utf-8")
    chunks = cut(raw, random_cuts(data, len(raw)))
    assert run(ENGINE.stream_redact(), chunks) == ENGINE.redact(text).text


@given(TEXTS, st.data())
def test_restore_chunks_equal_whole_text(text: str, data: st.DataObject) -> None:
    session = ENGINE.session()
    sent = session.redact(text).text
    # The answer: the redacted text, placeholders included, with more text around it.
    answer = data.draw(TEXTS) + sent + data.draw(TEXTS)
    expected = session.restore(answer)
    chunks = cut(answer, random_cuts(data, len(answer)))
    assert run(session.stream_restore(), chunks) == expected
    raw = answer.encode("utf-8")
    assert run(session.stream_restore(), cut(raw, random_cuts(data, len(raw)))) == expected
    if "<" not in text:
        assert run(session.stream_restore(), cut(sent, random_cuts(data, len(sent)))) == text


@settings(max_examples=max(10, settings.default.max_examples // 3))
@given(TEXTS, st.data())
def test_helpers_equal_whole_text(text: str, data: st.DataObject) -> None:
    chunks = cut(text, random_cuts(data, len(text)))
    pieces = list(ENGINE.redact_iter(chunks))
    assert all(pieces), "the helpers yield no empty pieces"
    assert "".join(pieces) == ENGINE.redact(text).text
    session = ENGINE.session()
    sent = session.redact(text).text
    assert "".join(session.restore_iter(cut(sent, random_cuts(data, len(sent))))) == session.restore(sent)


def corpus_docs() -> list[str]:
    lines = DOCS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_corpus_documents_stream_like_whole_text() -> None:
    docs = corpus_docs()
    assert len(docs) >= 2500
    rng = random.Random(2024)
    stream = ENGINE.stream_redact()  # reused: every finish() starts the next document afresh
    checked = 0
    for i, doc in enumerate(docs):
        expected = ENGINE.redact(doc).text
        got = run(stream, sized_chunks(doc, rng))
        assert got == expected, f"doc #{i}"
        checked += 1
    assert checked == len(docs)


def test_corpus_documents_round_trip_through_a_streamed_restore() -> None:
    docs = corpus_docs()
    rng = random.Random(7)
    round_trips = 0
    for i, doc in enumerate(docs):
        session = ENGINE.session()
        sent = session.redact(doc).text
        got = run(session.stream_restore(), sized_chunks(sent, rng))
        assert got == session.restore(sent), f"doc #{i}"
        if "<" not in doc:
            assert got == doc, f"doc #{i}"
            round_trips += 1
    assert round_trips > 2000


# --- the objects ------------------------------------------------------------------------------


def test_push_returns_what_is_final() -> None:
    # How much is held at each step is the core's choice; what is returned is final.
    stream = ENGINE.stream_redact()
    assert stream.max_holdback > 0
    out = [stream.push(c) for c in ["Call me at +1 415", "-555-26", "71 or mail ana@exa", "mple.org"]]
    assert 0 < stream.pending <= stream.max_holdback
    assert stream.pending + len("".join(out).replace("[PHONE_NUMBER]", "+1 415-555-2671").encode()) == len(
        b"Call me at +1 415-555-2671 or mail ana@example.org"
    )
    out.append(stream.finish())
    assert "".join(out) == "Call me at [PHONE_NUMBER] or mail [EMAIL_ADDRESS]"
    assert stream.pending == 0


def test_restorer_holds_only_a_possible_placeholder() -> None:
    session = ENGINE.session()
    session.redact("mail ana@example.org")
    restore = session.stream_restore()
    assert restore.push("Sent to <EMAIL") == "Sent to "
    assert restore.pending == len("<EMAIL")
    assert restore.push("_ADDRESS_1>, done. <b>") == "ana@example.org, done. <b>"
    assert restore.push(" <unknown") == " <unknown", "not the start of one of the session's placeholders"
    assert restore.finish() == ""


def test_restorer_is_a_snapshot_of_the_session() -> None:
    session = ENGINE.session()
    session.redact("mail ana@example.org")
    restore = session.stream_restore()
    helper = session.restore_iter(["<EMAIL_ADDRESS_1> <EMAIL_ADDRESS_2>"])
    session.redact("mail bob@example.org")
    expected_then = "ana@example.org <EMAIL_ADDRESS_2>"
    assert run(restore, ["<EMAIL_ADDRESS_1> <EMAIL_ADDRESS_2>"]) == expected_then
    assert "".join(helper) == expected_then
    assert run(session.stream_restore(), ["<EMAIL_ADDRESS_2>"]) == "bob@example.org"


def test_reuse_after_finish() -> None:
    engine = veil.Engine(policy='[redact]\noperator = "placeholder"\n[types.CREDIT_CARD]\naction = "block"\n')
    stream = engine.stream_redact()
    first = "card 4111 1111 1111 1111, mail ana@example.org"
    assert run(stream, cut(first, [3, 9, 20, 33])) == engine.redact(first).text
    assert stream.blocked, "blocked still describes the stream that just finished"
    second = "mail bob@example.org and ana@example.org"
    assert run(stream, cut(second, [7, 30])) == engine.redact(second).text == (
        "mail <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"
    ), "numbering starts again"
    assert not stream.blocked
    # A finish right after a finish is an empty stream.
    assert stream.finish() == ""

    session = ENGINE.session()
    session.redact("mail ana@example.org")
    restore = session.stream_restore()
    for _ in range(3):
        assert run(restore, ["to <EMAIL_ADD", "RESS_1>"]) == "to ana@example.org"


def test_blocked_follows_the_policy() -> None:
    engine = veil.Engine(policy='[types.CREDIT_CARD]\naction = "block"\n')
    stream = engine.stream_redact()
    stream.push("nothing to see here, and nothing there ")
    assert not stream.blocked
    stream.push("card 4111 1111 1111 1111 ok")
    stream.finish()
    assert stream.blocked
    assert engine.redact("card 4111 1111 1111 1111 ok").blocked


def test_repr_shows_no_text() -> None:
    stream = ENGINE.stream_redact()
    stream.push("mail ana@example")
    assert repr(stream) == f"StreamRedactor(pending={stream.pending})"
    session = ENGINE.session()
    session.redact("ana@example.org")
    restore = session.stream_restore()
    restore.push("x <EMAIL")
    assert repr(restore) == "StreamRestorer(pending=6)"
    assert "example" not in repr(stream)


def test_made_by_veil_only() -> None:
    for cls in (veil.StreamRedactor, veil.StreamRestorer):
        with pytest.raises(TypeError):
            cls()
        assert cls.__module__ == "veil"
    assert isinstance(ENGINE.stream_redact(), veil.StreamRedactor)
    assert isinstance(ENGINE.session().stream_restore(), veil.StreamRestorer)


def test_mixed_str_and_bytes_chunks() -> None:
    text = "電話 138 0013 8000，邮箱 ana@example.org 😀"
    raw = text.encode("utf-8")
    split = raw.index("😀".encode()) + 2  # inside the emoji
    chunks: list[str | bytes] = ["電話 138 ", raw[len("電話 138 ".encode()) : split], raw[split:]]
    assert run(ENGINE.stream_redact(), chunks) == ENGINE.redact(text).text


def test_str_after_bytes_cut_inside_a_character_is_an_error() -> None:
    # All chunks are one byte stream: a str cannot complete a character begun in bytes.
    stream = ENGINE.stream_redact()
    stream.push("€".encode()[:2])
    with pytest.raises(veil.VeilError) as info:
        stream.push("x")
    assert (info.value.kind, info.value.offset) == ("input", 0)
    out = stream.push("€".encode()[2:])
    assert out + stream.push("x") + stream.finish() == "€x"


# --- errors -----------------------------------------------------------------------------------


def test_invalid_utf8_is_a_veil_error_and_the_chunk_is_not_taken() -> None:
    stream = ENGINE.stream_redact()
    out = stream.push(b"mail ana@")
    pending = stream.pending
    with pytest.raises(veil.VeilError) as info:
        stream.push(b"exam\xffple.org")
    err = info.value
    assert (err.kind, err.rule, err.offset) == ("input", None, 13)
    assert str(err) == "input error: invalid UTF-8 at byte offset 13"
    assert "ana" not in str(err), "errors never echo the text"
    # Nothing was lost and nothing was taken: the stream goes on from before the bad chunk.
    assert stream.pending == pending
    out += stream.push(b"example.org now")
    assert out + stream.finish() == "mail [EMAIL_ADDRESS] now"


def test_invalid_utf8_replaced_on_request() -> None:
    raw = b"mail ana@example.org \xff\xfe and \xe2\x82 end"
    expected = ENGINE.redact(raw.decode("utf-8", "replace")).text
    stream = ENGINE.stream_redact()
    out = "".join(stream.push(c, errors="replace") for c in cut(raw, [3, 22, 23, 30, 31]))
    assert out + stream.finish() == expected


def test_stream_ending_inside_a_character() -> None:
    stream = ENGINE.stream_redact()
    out = stream.push("abc ")
    out += stream.push("€".encode()[:2])
    with pytest.raises(veil.VeilError) as info:
        stream.finish()
    assert (info.value.kind, info.value.offset) == ("input", 4)
    assert str(info.value) == "input error: input ends inside a UTF-8 character at byte offset 4"
    assert stream.pending == 6 - len(out), "the stream stays open"
    out += stream.push("€".encode()[2:])
    assert out + stream.finish() == "abc €"
    stream.push(b"x\xe2\x82")
    assert stream.finish(errors="replace") == "x\ufffd"

    restore = ENGINE.session().stream_restore()
    restore.push(b"\xf0\x9f")
    with pytest.raises(veil.VeilError):
        restore.finish()
    assert restore.finish(errors="replace") == "\ufffd"


def test_lone_surrogate_is_a_veil_error() -> None:
    for stream in (ENGINE.stream_redact(), ENGINE.session().stream_restore()):
        out = stream.push("mail ")
        with pytest.raises(veil.VeilError) as info:
            stream.push("ana\ud800@example.org")
        err = info.value
        assert (err.kind, err.rule, err.offset) == ("input", None, 3)
        assert str(err) == (
            "input error: chunk has a lone surrogate at index 3: it is not valid Unicode and cannot be encoded as UTF-8"
        )
        assert isinstance(err.__cause__, UnicodeEncodeError)
        assert "example" not in str(err), "errors never echo the text"
        out += stream.push("ana@example.org")
        out += stream.finish()
        assert out == ("mail ana@example.org" if isinstance(stream, veil.StreamRestorer) else "mail [EMAIL_ADDRESS]")


@pytest.mark.parametrize("bad", [None, 42, bytearray(b"x"), memoryview(b"x"), ["a"], object()])
def test_non_text_chunk_is_a_type_error(bad: object) -> None:
    for stream in (ENGINE.stream_redact(), ENGINE.session().stream_restore()):
        with pytest.raises(TypeError, match=r"^chunk must be str or bytes, not "):
            stream.push(bad)  # type: ignore[arg-type]
        assert stream.pending == 0


def test_errors_argument() -> None:
    for stream in (ENGINE.stream_redact(), ENGINE.session().stream_restore()):
        with pytest.raises(ValueError, match="errors must be 'strict' or 'replace'"):
            stream.push("x", errors="ignore")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="errors must be 'strict' or 'replace'"):
            stream.finish(errors="surrogateescape")  # type: ignore[arg-type]
        assert stream.pending == 0, "a bad argument takes nothing"


# --- iterator helpers -------------------------------------------------------------------------

ANSWER = ["Done: I em", "ailed <EMAIL", "_ADDRESS_1", ">. Call +1 415-", "555-2671", None]


def openai_chunks(contents: list[str | None]) -> list[SimpleNamespace]:
    """Objects shaped like the OpenAI SDK's streamed `ChatCompletionChunk`s."""
    return [SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=c))]) for c in contents]


T = TypeVar("T")


async def agen(items: Iterable[T]) -> AsyncIterator[T]:
    for item in items:
        await asyncio.sleep(0)
        yield item


def test_wrap_yields_pieces_then_the_tail() -> None:
    session = ENGINE.session()
    session.redact("mail ana@example.org")
    stream = openai_chunks(ANSWER)
    pieces = list(session.restore_iter(c.choices[0].delta.content or "" for c in stream))
    assert pieces == ["Done: I em", "ailed ", "ana@example.org. Call +1 415-", "555-2671"]

    redactor = ENGINE.stream_redact()
    gen = redactor.wrap(["Call +1 415-", "555-2671", " now, or mail ana@example.org"])
    first = next(gen)
    assert first and redactor.pending > 0, "the phone number is held until it is complete"
    assert first + "".join(gen) == "Call [PHONE_NUMBER] now, or mail [EMAIL_ADDRESS]"
    assert redactor.pending == 0


def test_wrap_of_a_generator_and_of_empty_input() -> None:
    text = "mail ana@example.org, card 4111 1111 1111 1111."
    assert "".join(ENGINE.stream_redact().wrap(iter(text))) == ENGINE.redact(text).text
    assert list(ENGINE.redact_iter([])) == []
    assert list(ENGINE.redact_iter(["", ""])) == []
    assert list(ENGINE.session().restore_iter(c for c in "")) == []


def test_async_helpers() -> None:
    session = ENGINE.session()
    sent = session.redact("Email ana@example.org and call +1 415-555-2671.").text

    async def main() -> tuple[list[str], list[str], str, str]:
        stream = agen(openai_chunks(ANSWER))
        restored = [p async for p in session.restore_aiter(c.choices[0].delta.content or "" async for c in stream)]
        redacted = [p async for p in ENGINE.redact_aiter(agen(cut(sent + " ana@example.org", [4, 9, 30])))]
        redactor = ENGINE.stream_redact()
        direct = "".join([p async for p in redactor.awrap(agen(["mail bob@exa", b"mple.org"]))])
        restorer = session.stream_restore()
        back = "".join([p async for p in restorer.awrap(agen(cut(sent, [8, 13])))])
        return restored, redacted, direct, back

    restored, redacted, direct, back = asyncio.run(main())
    assert restored == ["Done: I em", "ailed ", "ana@example.org. Call +1 415-", "555-2671"]
    assert "".join(redacted) == ENGINE.redact(sent + " ana@example.org").text
    assert all(redacted)
    assert direct == "mail [EMAIL_ADDRESS]"
    assert back == "Email ana@example.org and call +1 415-555-2671."


def test_helper_arguments_are_checked_when_called() -> None:
    session = ENGINE.session()
    for call in (ENGINE.redact_iter, session.restore_iter, ENGINE.stream_redact().wrap):
        with pytest.raises(TypeError, match="chunks must be an iterable of chunks, not a str"):
            call("one text")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            call(42)  # type: ignore[arg-type]
    for acall in (ENGINE.redact_aiter, session.restore_aiter, session.stream_restore().awrap):
        with pytest.raises(TypeError, match=r"chunks must be an async iterable, not list \(use wrap"):
            acall(["a"])  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="not a bytes"):
            acall(b"abc")  # type: ignore[arg-type]
    # A chunk of the wrong type fails at that chunk, with what came before already yielded.
    gen = ENGINE.session().restore_iter(["hello world ", None])  # type: ignore[list-item]
    assert next(gen) == "hello world "
    with pytest.raises(TypeError, match="chunk must be str or bytes, not NoneType"):
        next(gen)


def test_helper_propagates_the_source_error() -> None:
    def source() -> Iterator[str]:
        yield "mail ana@example.org"
        raise ConnectionError("stream dropped")

    stream = ENGINE.stream_redact()
    pieces = []
    with pytest.raises(ConnectionError, match="stream dropped"):
        for piece in stream.wrap(source()):
            pieces.append(piece)
    assert stream.pending > 0, "what was held stays held"
    assert "".join(pieces) + stream.finish() == "mail [EMAIL_ADDRESS]"


# --- threads ----------------------------------------------------------------------------------


def test_two_threads_with_their_own_streams_on_one_engine() -> None:
    texts = [
        ("filler text " * 400 + f" user{k}-{i}@example.org 电话 +86 138 0013 {8000 + i} 😀 ") * 2
        for k in range(2)
        for i in range(4)
    ]
    expected = {t: ENGINE.redact(t).text for t in texts}
    results: dict[int, list[tuple[str, str]]] = {}
    barrier = threading.Barrier(2)

    def worker(k: int) -> None:
        rng = random.Random(k)
        stream = ENGINE.stream_redact()
        barrier.wait()
        done = []
        for t in texts[k * 4 : k * 4 + 4]:
            # Small chunks, and big ones (pushed with the GIL released).
            high = 8 if rng.random() < 0.5 else 6000
            done.append((t, run(stream, sized_chunks(t, rng, 1, high))))
        results[k] = done

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [0, 1]
    for done in results.values():
        for text, got in done:
            assert got == expected[text]


def test_restore_streams_of_one_session_in_threads() -> None:
    session = ENGINE.session()
    values = [f"user{i}@example.org" for i in range(20)]
    sent = session.redact(" ".join(values)).text
    answer = sent * 50
    expected = session.restore(answer)
    results: list[str] = []

    def worker(k: int) -> None:
        rng = random.Random(k)
        results.append("".join(session.restore_iter(sized_chunks(answer, rng, 1, 5000))))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_one_stream_shared_by_threads_stays_consistent() -> None:
    # Not a sensible use, but safe: a lock inside keeps the stream whole, so every pushed chunk
    # comes out exactly once.
    stream = ENGINE.session().stream_restore()
    out: list[str] = []
    lock = threading.Lock()

    def worker(k: int) -> None:
        for i in range(300):
            piece = stream.push(f"[{k}:{i}]")
            with lock:
                out.append(piece)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert stream.finish() == ""
    # Without a `<`, the restorer holds nothing: each push returns its own chunk.
    assert sorted(out) == sorted(f"[{k}:{i}]" for k in range(4) for i in range(300))
