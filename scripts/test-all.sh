#!/usr/bin/env bash
# Runs every test of the project: formatting, lints, and the Rust suites (core golden cases,
# property tests, CLI end-to-end tests, corpus and accuracy gates, doc examples).
# The C, Python and Node suites join this script with the bindings.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== cargo test (workspace)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --workspace --locked 2>&1 | tee "$log"

# One closing line over every suite (cargo prints one per test binary).
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) } }
     END { printf "rust: %d passed, %d failed\n", p, f }' "$log"
