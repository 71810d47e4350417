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
cargo test --workspace --locked
