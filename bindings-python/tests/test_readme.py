"""The README's Python snippets run, in order, and print what their comments say.

A `print(...)` line's trailing `# comment` is the expected output; comment-only lines right below
it, with the `#` in the same column, are the following output lines."""

from __future__ import annotations

import asyncio
import contextlib
import io
import pathlib
import re
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace

README = pathlib.Path(__file__).resolve().parents[1] / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def expected_output(block: str) -> list[str]:
    out: list[str] = []
    column = -1
    for line in block.splitlines():
        code, sep, comment = line.partition("  # ")
        if sep and "print(" in code:
            column = len(code) + 2
            out.append(comment)
        elif line.strip().startswith("#") and line.index("#") == column:
            out.append(line[column + 2 :])
        else:
            column = -1
    return out


def fake_llm(prompt: str) -> str:
    assert "@" not in prompt, "the model never sees an email address"
    return "Done: I emailed <EMAIL_ADDRESS_1> and texted <PHONE_NUMBER_1>."


# The streamed answer: placeholders cut across chunks, and the `None` content of the last chunk.
STREAMED = ["Done: I em", "ailed <EMAIL", "_ADDRESS_1> and texted <PHONE_NUM", "BER_1>.", None]


def chunk(content: str | None) -> SimpleNamespace:
    """Shaped like the OpenAI SDK's `ChatCompletionChunk`."""
    return SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=content))])


def check_request(messages: list[dict], stream: bool, **_: object) -> None:
    assert stream is True
    assert all("@" not in m["content"] for m in messages), "the model never sees an email address"


def fake_create(*, messages: list[dict], stream: bool = False, **kw: object) -> Iterator[SimpleNamespace]:
    check_request(messages, stream, **kw)
    return iter([chunk(c) for c in STREAMED])


async def fake_acreate(*, messages: list[dict], stream: bool = False, **kw: object) -> AsyncIterator[SimpleNamespace]:
    check_request(messages, stream, **kw)

    async def chunks() -> AsyncIterator[SimpleNamespace]:
        for c in STREAMED:
            await asyncio.sleep(0)
            yield chunk(c)

    return chunks()


def client(create: object) -> SimpleNamespace:
    """`client.chat.completions.create(...)`, as in `openai.OpenAI` / `openai.AsyncOpenAI`."""
    return SimpleNamespace(chat=SimpleNamespace(completions=SimpleNamespace(create=create)))


def test_readme_snippets_run_and_print_what_they_say() -> None:
    blocks = python_blocks()
    assert len(blocks) >= 3
    namespace: dict = {"call_llm": fake_llm, "client": client(fake_create), "aclient": client(fake_acreate)}
    for block in blocks:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(compile(block, str(README), "exec"), namespace)
        assert buf.getvalue().splitlines() == expected_output(block), block
