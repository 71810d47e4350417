#!/usr/bin/env bash
# Tests the Python package the way a user gets it: a virtualenv, `pip install ./bindings-python`
# (maturin builds a release abi3 extension), then the pytest suite against the installed package,
# plus clippy and rustfmt on the binding crate. Ends with one line: `python: N passed, M failed`.
#
# Needs Rust, and Python >= 3.9 with pip and venv (PYTHON=..., default python3); reaches PyPI and
# crates.io only. The virtualenv is target/venv-python, reused between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv=target/venv-python
junit=target/python-junit.xml

echo "== virtualenv $venv"
if ! "$venv/bin/python" -c 'import sys' 2>/dev/null; then
    rm -rf "$venv"
    mkdir -p target
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r bindings-python/requirements-test.txt

echo "== pip install ./bindings-python"
"$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall ./bindings-python

lint_failed=0
echo "== cargo fmt --check (bindings-python)"
cargo fmt --manifest-path bindings-python/Cargo.toml -- --check || lint_failed=1
echo "== cargo clippy (bindings-python)"
cargo clippy --manifest-path bindings-python/Cargo.toml --all-targets --locked -- -D warnings || lint_failed=1

echo "== pytest"
rm -f "$junit"
status=0
# From bindings-python/ so that its pyproject.toml configures pytest; `veil` comes from the venv.
(cd bindings-python && "../$venv/bin/pytest" -q --junitxml="../$junit") || status=$?

counts=$("$venv/bin/python" - "$junit" <<'PY'
import sys
import xml.etree.ElementTree as ET

try:
    root = ET.parse(sys.argv[1]).getroot()
except (OSError, ET.ParseError):
    print("0 1")  # pytest died before writing its report
    raise SystemExit
suites = [root] if root.tag == "testsuite" else root.iter("testsuite")
tests = failed = skipped = 0
for s in suites:
    tests += int(s.get("tests", 0))
    failed += int(s.get("failures", 0)) + int(s.get("errors", 0))
    skipped += int(s.get("skipped", 0))
print(tests - failed - skipped, failed)
PY
)
read -r passed failed <<<"$counts"
if [ "$lint_failed" -ne 0 ]; then
    echo "cargo fmt or clippy failed on bindings-python (see above)"
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1  # pytest failed without a failing test (collection or usage error)
fi
echo "python: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$lint_failed" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
    exit 1
fi
