"""The hand-written stub (veil/_veil.pyi, installed with the package) matches the runtime module:
the same classes, members, properties and parameter names."""

from __future__ import annotations

import ast
import inspect
import pathlib
import re
import subprocess
import sys

import pytest

import veil
from veil import _veil

STUB = pathlib.Path(_veil.__file__).with_name("_veil.pyi")
TREE = ast.parse(STUB.read_text(encoding="utf-8"))
CLASSES = {n.name: n for n in TREE.body if isinstance(n, ast.ClassDef)}
# Dunders that are part of the interface (the rest come from `object`).
DUNDERS = {"__len__", "__eq__", "__hash__"}


def stub_members(cls: ast.ClassDef) -> dict[str, ast.AST]:
    out: dict[str, ast.AST] = {}
    for node in cls.body:
        if isinstance(node, ast.FunctionDef):
            out[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out[node.target.id] = node
    return out


def text_signature(obj: object) -> inspect.Signature:
    """The signature pyo3 records in `__text_signature__` (read this way because
    `inspect.signature` of a native class needs Python 3.10 or later)."""
    text = re.sub(r"\$\w+(,\s*)?", "", obj.__text_signature__)  # type: ignore[attr-defined]
    text = re.sub(r"^\(\s*/\s*,?\s*", "(", text)  # "($self, /)": positional-only marker left alone
    namespace: dict = {}
    exec(f"def f{text}: pass", namespace)
    return inspect.signature(namespace["f"])


def runtime_members(cls: type) -> set[str]:
    return {n for n in vars(cls) if not n.startswith("_")} | (DUNDERS & set(vars(cls)))


def test_stub_is_installed() -> None:
    assert STUB.is_file()
    assert (STUB.parent / "py.typed").is_file()


def test_module_names() -> None:
    stub_names = set(CLASSES) | {
        n.target.id for n in TREE.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    }
    runtime = {n for n in vars(_veil) if not n.startswith("_")} | {"__version__"}
    assert {n for n in stub_names if not n.startswith("_") or n == "__version__"} == runtime
    assert set(veil.__all__) <= stub_names


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_class_members(name: str) -> None:
    cls = getattr(_veil, name)
    members = stub_members(CLASSES[name])
    if issubclass(cls, BaseException):
        assert set(members) == {"kind", "rule", "offset"}
        for attr in members:
            assert hasattr(cls, attr)
        return
    # __eq__/__hash__ of a frozen pyclass come through the type slots, not the class dict.
    declared = set(members) - {"__eq__", "__hash__", "__new__"}
    assert declared == runtime_members(cls) - {"__eq__", "__hash__"}
    if "__new__" not in members:
        with pytest.raises(TypeError):
            cls()  # made by veil only
    for member, node in members.items():
        if member in ("__eq__", "__hash__"):
            continue
        assert isinstance(node, ast.FunctionDef)
        value = vars(cls)[member]
        decorators = {d.id for d in node.decorator_list if isinstance(d, ast.Name)}
        if "property" in decorators:
            assert inspect.isdatadescriptor(value), f"{name}.{member} is a property at runtime"
            continue
        if member == "__new__" and cls.__text_signature__ is None:
            continue  # abi3 on Python 3.9 records no constructor signature
        runtime_sig = text_signature(cls if member == "__new__" else getattr(cls, member))
        stub_params = [a.arg for a in node.args.args if a.arg not in ("self", "cls")]
        runtime_params = list(runtime_sig.parameters)
        assert stub_params == runtime_params, f"{name}.{member}"
        stub_defaults = len(node.args.defaults)
        runtime_defaults = sum(p.default is not inspect.Parameter.empty for p in runtime_sig.parameters.values())
        assert stub_defaults == runtime_defaults, f"{name}.{member} defaults"
        kind = "staticmethod" if "staticmethod" in decorators else "classmethod" if "classmethod" in decorators else None
        if kind:
            assert isinstance(value, (staticmethod, classmethod)) or callable(value)
            assert kind == "classmethod" or not inspect.ismethod(getattr(cls, member))


def test_mypy_stubtest(tmp_path: pathlib.Path) -> None:
    """mypy's own check of the stub against the runtime module, when mypy is installed
    (requirements-test.txt pins it)."""
    pytest.importorskip("mypy.stubtest")
    run = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "veil"],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # away from any source tree or mypy config
    )
    assert run.returncode == 0, run.stdout + run.stderr
