"""The iterator helpers behind ``StreamRedactor.wrap``/``awrap``, ``StreamRestorer.wrap``/``awrap``,
``Engine.redact_iter``/``redact_aiter`` and ``Session.restore_iter``/``restore_aiter``.

They only feed chunks to a stream's ``push`` and end with its ``finish``: what is held back, and
why, is the Rust core's business. Arguments are checked when the helper is called, not at the
first ``next()``, so a wrong argument fails where it was passed.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Generator, Iterable, Iterator
from typing import Protocol, Union

_Chunk = Union[str, bytes]


class _Stream(Protocol):
    def push(self, chunk: _Chunk, /) -> str: ...
    def finish(self) -> str: ...


def _not_one_text(chunks: object) -> None:
    if isinstance(chunks, (str, bytes, bytearray)):
        raise TypeError(f"chunks must be an iterable of chunks, not a {type(chunks).__name__}")


def wrap(stream: _Stream, chunks: Iterable[_Chunk]) -> Generator[str, None, None]:
    """Yields each non-empty ``stream.push(chunk)``, then ``stream.finish()`` if non-empty."""
    _not_one_text(chunks)
    return _pieces(stream, iter(chunks))


def awrap(stream: _Stream, chunks: AsyncIterable[_Chunk]) -> AsyncGenerator[str, None]:
    """``wrap`` for an async iterable: an async generator."""
    _not_one_text(chunks)
    if not hasattr(type(chunks), "__aiter__"):
        hint = " (use wrap or *_iter for a plain iterable)" if hasattr(type(chunks), "__iter__") else ""
        raise TypeError(f"chunks must be an async iterable, not {type(chunks).__name__}{hint}")
    return _apieces(stream, chunks.__aiter__())


def _pieces(stream: _Stream, chunks: Iterator[_Chunk]) -> Generator[str, None, None]:
    for chunk in chunks:
        piece = stream.push(chunk)
        if piece:
            yield piece
    tail = stream.finish()
    if tail:
        yield tail


async def _apieces(stream: _Stream, chunks: AsyncIterator[_Chunk]) -> AsyncGenerator[str, None]:
    async for chunk in chunks:
        piece = stream.push(chunk)
        if piece:
            yield piece
    tail = stream.finish()
    if tail:
        yield tail
