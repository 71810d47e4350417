#!/usr/bin/env bash
# Runs every test of the project: formatting, lints and the Rust suites (core golden cases,
# property tests, CLI end-to-end tests, corpus and accuracy gates, doc examples), then the C
# ABI (ffi/, with valgrind), the Python package and the Node package, each built from source
# the way a user installs it. Each part prints one "<suite>: N passed, M failed" line; they
# are repeated at the end, and the exit status is non-zero when any part failed.
#
# Needs Rust (stable, with rustfmt and clippy), gcc, Python 3 with venv, Node >= 20 and npm;
# valgrind is installed with apt when missing. Network: crates.io, PyPI and npm only.
set -uo pipefail
cd "$(dirname "$0")/.."

summary=()
status=0

rust() {
    echo "== cargo fmt --check"
    cargo fmt --all -- --check || return 1
    echo "== cargo clippy"
    cargo clippy --workspace --all-targets --locked -- -D warnings || return 1
    echo "== cargo test (workspace)"
    local log rc
    log=$(mktemp)
    cargo test --workspace --locked 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    # One closing line over every suite (cargo prints one per test binary).
    awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) } }
         END { printf "rust: %d passed, %d failed\n", p, f }' "$log"
    rm -f "$log"
    return "$rc"
}

# part NAME CMD...: runs one suite, keeps its summary line, records a failure.
part() {
    local name=$1 log rc line
    shift
    log=$(mktemp)
    "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    line=$(grep -E "^$name: [0-9]+ passed, [0-9]+ failed" "$log" | tail -n 1)
    summary+=("${line:-$name: did not finish (exit status $rc)}")
    [ "$rc" -eq 0 ] || status=1
    rm -f "$log"
}

part rust rust
part c bash scripts/test-ffi.sh
part python bash scripts/test-python.sh
part node bash scripts/test-node.sh

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit "$status"
