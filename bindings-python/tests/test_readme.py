"""The README's Python snippets run, in order, and print what their comments say.

A `print(...)` line's trailing `# comment` is the expected output; comment-only lines right below
it, with the `#` in the same column, are the following output lines."""

from __future__ import annotations

import contextlib
import io
import pathlib
import re

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


def test_readme_snippets_run_and_print_what_they_say() -> None:
    blocks = python_blocks()
    assert len(blocks) >= 3
    namespace: dict = {"call_llm": fake_llm}
    for block in blocks:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(compile(block, str(README), "exec"), namespace)
        assert buf.getvalue().splitlines() == expected_output(block), block
