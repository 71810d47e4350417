"""Type stubs of the native module ``veil._veil`` (re-exported by ``veil``).

Kept by hand; ``tests/test_stubs.py`` checks that every name and signature here matches the
runtime module (``python -m mypy.stubtest veil`` agrees too).
"""

import os
from collections.abc import AsyncGenerator, AsyncIterable, Callable, Generator, Iterable
from typing import Any, Literal, Optional, Union, final

__all__ = [
    "__version__",
    "VeilError",
    "Engine",
    "Session",
    "StreamRedactor",
    "StreamRestorer",
    "Finding",
    "Redaction",
    "GuardReport",
]
__version__: str

_Category = Literal["pii", "secret", "injection"]
_ErrorKind = Literal["policy", "rule", "input", "session", "io"]
_Verdict = Literal["allow", "flag", "block"]
_Chunk = Union[str, bytes]
_Errors = Literal["strict", "replace"]

class VeilError(ValueError):
    """A bad policy, a bad saved session, or text that cannot be scanned."""

    kind: Optional[_ErrorKind]
    """What went wrong: 'policy', 'rule', 'input', 'session' or 'io'."""
    rule: Optional[str]
    """The id of the rule at fault, when the error is about one rule."""
    offset: Optional[int]
    """Where the fault is, when there is one: the ``str`` index in the input, or for ``bytes``
    pushed to a stream the byte offset from the start of the stream."""

@final
class Finding:
    """One detected value: ``text[start:end] == finding.text`` in the scanned ``str``.

    Immutable, hashable, comparable, picklable. ``repr()`` leaves the value out.
    """

    def __new__(
        cls,
        type: str,
        category: _Category,
        rule: str,
        start: int,
        end: int,
        text: str,
        score: float,
    ) -> "Finding": ...
    @property
    def type(self) -> str:
        """The entity type, e.g. ``'EMAIL_ADDRESS'``."""
    @property
    def entity_type(self) -> str:
        """Alias of ``type`` (Presidio's name)."""
    @property
    def category(self) -> _Category:
        """``'pii'``, ``'secret'`` or ``'injection'``."""
    @property
    def rule(self) -> str:
        """The id of the rule that matched, e.g. ``'phone-cn-mobile'``."""
    @property
    def start(self) -> int:
        """Index of the value's first code point in the scanned ``str``."""
    @property
    def end(self) -> int:
        """Index one past the value's last code point."""
    @property
    def text(self) -> str:
        """The matched value itself."""
    @property
    def score(self) -> float:
        """Confidence in ``0.0..=1.0``."""
    def to_dict(self) -> dict[str, Any]:
        """``{"type", "category", "rule", "start", "end", "text", "score"}``."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Redaction:
    """The text to send on, what was found in the input, and whether the policy blocks it."""

    @property
    def text(self) -> str:
        """The redacted text; the input object itself when nothing was replaced."""
    @property
    def findings(self) -> list[Finding]:
        """What was found, with offsets into the input text."""
    @property
    def blocked(self) -> bool:
        """``True`` when a finding's type has the ``block`` action, or the prompt guard's verdict
        is ``'block'``: do not send the text."""
    def to_dict(self) -> dict[str, Any]:
        """``{"text": str, "findings": [Finding.to_dict(), ...], "blocked": bool}``."""
    def __eq__(self, value: object, /) -> bool: ...

@final
class GuardReport:
    """The prompt guard's verdict on a text: ``risk``, ``verdict`` and the findings behind them.

    Immutable and comparable; ``repr()`` leaves the matched text out.
    """

    @property
    def risk(self) -> float:
        """Combined risk in ``0.0..=1.0``."""
    @property
    def verdict(self) -> _Verdict:
        """``'allow'``, ``'flag'`` or ``'block'`` (the risk against the policy's thresholds)."""
    @property
    def findings(self) -> list[Finding]:
        """The injection findings (category ``'injection'``), sorted by start; they may overlap."""
    @property
    def blocked(self) -> bool:
        """``verdict == 'block'``: do not send the text."""
    @property
    def flagged(self) -> bool:
        """``verdict`` is ``'flag'`` or ``'block'``: the risk reached the flag threshold."""
    def to_dict(self) -> dict[str, Any]:
        """``{"risk": float, "verdict": str, "findings": [Finding.to_dict(), ...]}``."""
    def __eq__(self, value: object, /) -> bool: ...

@final
class Engine:
    """A compiled policy. Build it once and share it: it is safe to use from many threads."""

    def __new__(cls, policy: Optional[str] = None) -> "Engine":
        """The built-in policy, or the policy document ``policy`` (TOML text).

        Raises ``VeilError`` naming the fault for a bad policy.
        """
    @classmethod
    def from_file(cls, path: Union[str, "os.PathLike[str]"]) -> "Engine":
        """An engine from a policy file (TOML): ``OSError`` if unreadable, ``VeilError`` if bad."""
    def scan(self, text: str) -> list[Finding]:
        """Every finding in ``text``, sorted by start. Personal data and secrets never overlap;
        injection findings may overlap them and each other."""
    def is_clean(self, text: str) -> bool:
        """Whether ``scan(text)`` would be empty (personal data, secrets and, with the guard in
        the scan, injection findings)."""
    def redact(self, text: str) -> Redaction:
        """``text`` with each finding replaced by its type's operator (``[EMAIL_ADDRESS]`` …)."""
    def scan_batch(self, texts: Iterable[str], threads: int = 0) -> list[list[Finding]]:
        """``scan`` of each text, in order, on ``threads`` threads (0: one per core), GIL released."""
    def redact_batch(self, texts: Iterable[str], threads: int = 0) -> list[Redaction]:
        """``redact`` of each text, in order, in parallel as ``scan_batch``."""
    def guard(
        self,
        text: str,
        second_opinion: Optional[Callable[[str, GuardReport], Optional[float]]] = None,
    ) -> GuardReport:
        """The prompt guard's verdict on ``text``.

        ``second_opinion(text, report)`` is called only when the rule-based risk falls in the
        policy's ``guard.second_opinion`` band; a float it returns raises the risk (and the
        verdict with it), ``None`` leaves the report as it is, an exception propagates.
        """
    def canary(self) -> str:
        """A canary token for a system prompt: ``guard``/``scan`` of an answer by this engine
        (or one with the same ``redact.hash_key``) reports ``CANARY_LEAK`` where it appears."""
    def stream_redact(self) -> "StreamRedactor":
        """A ``StreamRedactor``: redacts a text that arrives in chunks, with this engine's policy
        (everything it returns, joined, equals ``redact(whole_text).text``)."""
    def redact_iter(self, chunks: Iterable[_Chunk]) -> Generator[str, None, None]:
        """``stream_redact().wrap(chunks)``: the redacted text of ``chunks``, piece by piece."""
    def redact_aiter(self, chunks: AsyncIterable[_Chunk]) -> AsyncGenerator[str, None]:
        """``stream_redact().awrap(chunks)``: ``redact_iter`` for an async iterable."""
    def session(self) -> "Session":
        """A new reversible session (vault of placeholders), e.g. one per conversation."""
    def session_from_json(self, json: str) -> "Session":
        """A session saved with ``Session.to_json()``, bound to this engine."""
    def rules(self) -> list[dict[str, Any]]:
        """The compiled rules as dicts: id, type, category, anchor, keywords, validator,
        pattern, operator, action, description."""
    def entity_types(self) -> list[str]:
        """The entity types this engine can report, sorted."""
    @property
    def packs(self) -> list[str]:
        """The built-in rule packs this engine loaded."""

@final
class Session:
    """A conversation's vault: the same value always gets the same placeholder, and
    ``restore`` puts the values back. Safe to share between threads."""

    def redact(self, text: str) -> Redaction:
        """Replace every finding with its placeholder (``<EMAIL_ADDRESS_1>``)."""
    def guard(self, text: str) -> GuardReport:
        """``Engine.guard`` for text of this conversation (typically the model's answer): links
        carrying one of this session's values count as exfiltration."""
    def restore(self, text: str) -> str:
        """``text`` with every placeholder of this session replaced by its value."""
    def stream_restore(self) -> "StreamRestorer":
        """A ``StreamRestorer`` for the placeholders this session has now (everything it returns,
        joined, equals ``restore(whole_text)``)."""
    def restore_iter(self, chunks: Iterable[_Chunk]) -> Generator[str, None, None]:
        """``stream_restore().wrap(chunks)``: the restored text of ``chunks``, piece by piece."""
    def restore_aiter(self, chunks: AsyncIterable[_Chunk]) -> AsyncGenerator[str, None]:
        """``stream_restore().awrap(chunks)``: ``restore_iter`` for an async iterable."""
    def lookup(self, placeholder: str) -> Optional[str]:
        """The value behind a placeholder of this session, or ``None``."""
    def entries(self) -> list[dict[str, str]]:
        """The vault's entries in creation order: ``placeholder``, ``type``, ``value``."""
    def to_json(self) -> str:
        """The session as JSON (it holds the original values: store it like the data)."""
    @staticmethod
    def from_json(engine: Engine, json: str) -> "Session":
        """A session saved with ``to_json()``, bound to ``engine``."""
    @property
    def engine(self) -> Engine:
        """The engine this session redacts with."""
    def __len__(self) -> int:
        """Number of placeholders in the vault."""

@final
class StreamRedactor:
    """Redacts a text that arrives in chunks (an LLM's streamed answer): ``push`` each chunk,
    then ``finish``. Everything returned, joined, equals ``Engine.redact`` of the whole text,
    however it was cut. Made by ``Engine.stream_redact()``; safe to share between threads."""

    def push(self, chunk: _Chunk, errors: _Errors = "strict") -> str:
        """Add a chunk (``str``, or ``bytes`` that may end inside a UTF-8 character); returns the
        redacted text that is final now, often ``''``.

        ``errors='strict'``: invalid UTF-8 in ``bytes`` raises ``VeilError`` (kind ``'input'``,
        ``offset`` the byte offset from the start of the stream) and the chunk is not taken;
        ``'replace'`` reads each invalid sequence as U+FFFD. A ``str`` with a lone surrogate
        raises ``VeilError`` (``offset`` its index in the chunk) and is not taken.
        """
    def finish(self, errors: _Errors = "strict") -> str:
        """End of the stream: the rest of the redacted text. The next ``push`` starts a new stream.

        ``errors='strict'``: ``bytes`` that ended inside a UTF-8 character raise ``VeilError``
        and the stream stays open; ``'replace'`` ends it with U+FFFD."""
    @property
    def pending(self) -> int:
        """Input bytes (UTF-8) received but not returned yet: the current hold-back."""
    @property
    def blocked(self) -> bool:
        """``True`` once a finding's type has the ``block`` action (the prompt guard does not run
        on streams: guard the whole answer)."""
    @property
    def max_holdback(self) -> int:
        """The most this engine's rules can hold back, in bytes."""
    def wrap(self, chunks: Iterable[_Chunk]) -> Generator[str, None, None]:
        """Yields each non-empty ``push(chunk)`` over ``chunks``, then the rest from ``finish()``."""
    def awrap(self, chunks: AsyncIterable[_Chunk]) -> AsyncGenerator[str, None]:
        """``wrap`` for an async iterable: an async generator."""

@final
class StreamRestorer:
    """Restores a session's placeholders in a text that arrives in chunks: ``push`` each chunk,
    then ``finish``. Everything returned, joined, equals ``Session.restore`` of the whole text.
    Made by ``Session.stream_restore()``; safe to share between threads."""

    def push(self, chunk: _Chunk, errors: _Errors = "strict") -> str:
        """Add a chunk; returns the restored text that is final now. Text is held only from a
        ``<`` that may still open one of the session's placeholders. ``errors`` as in
        ``StreamRedactor.push``."""
    def finish(self, errors: _Errors = "strict") -> str:
        """End of the stream: the rest of the restored text. The next ``push`` starts a new stream
        with the same placeholders. ``errors`` as in ``StreamRedactor.finish``."""
    @property
    def pending(self) -> int:
        """Input bytes (UTF-8) received but not returned yet: the current hold-back."""
    def wrap(self, chunks: Iterable[_Chunk]) -> Generator[str, None, None]:
        """Yields each non-empty ``push(chunk)`` over ``chunks``, then the rest from ``finish()``."""
    def awrap(self, chunks: AsyncIterable[_Chunk]) -> AsyncGenerator[str, None]:
        """``wrap`` for an async iterable: an async generator."""
