#!/usr/bin/env bash
# Builds and tests the Node package (bindings-node/) from a fresh checkout: npm ci from the
# committed package-lock.json, a release build through napi (cargo --locked), the node --test
# suite, clippy and rustfmt on the binding crate, and a check that the committed generated files
# (index.d.ts, index.js) are what the build generates.
# Needs Rust (with clippy and rustfmt), Node >= 20 and npm. Ends with one line
# `node: N passed, M failed`, where N and M count node tests and M also counts each failed check.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
pkg=$root/bindings-node

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed_checks=0
fail_check() {
    echo "FAILED: $1" >&2
    failed_checks=$((failed_checks + 1))
}
summary() {
    echo "node: $1 passed, $2 failed"
}

# The generated files as committed, to compare with what the build writes over them.
for f in index.d.ts index.js; do
    if [[ -f $pkg/$f ]]; then
        cp "$pkg/$f" "$work/$f.committed"
    else
        fail_check "bindings-node/$f is missing (run npm run build in bindings-node and commit it)"
    fi
done

echo "== npm ci"
if ! (cd "$pkg" && npm ci --no-audit --no-fund); then
    fail_check "npm ci"
    summary 0 $((failed_checks))
    exit 1
fi

echo "== npm run build (release)"
# Everything after the second `--` goes to cargo build.
if ! (cd "$pkg" && npm run build -- -- --locked); then
    fail_check "npm run build"
    summary 0 $((failed_checks))
    exit 1
fi

echo "== generated files are up to date"
for f in index.d.ts index.js; do
    if [[ -f $work/$f.committed ]] && ! diff -u "$work/$f.committed" "$pkg/$f"; then
        fail_check "bindings-node/$f differs from the generated one (the build rewrote it: commit it)"
    fi
done

echo "== cargo fmt --check"
cargo fmt --manifest-path "$pkg/Cargo.toml" -- --check || fail_check "cargo fmt"

echo "== cargo clippy"
cargo clippy --manifest-path "$pkg/Cargo.toml" --all-targets --locked -- -D warnings ||
    fail_check "cargo clippy"

echo "== node --test"
tap=$work/tap.txt
(cd "$pkg" && node --test \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap")
status=$?
pass=$(awk '/^# pass / { n = $3 } END { print n + 0 }' "$tap")
fail=$(awk '/^# fail / { n = $3 } END { print n + 0 }' "$tap")
if [[ $status -ne 0 && $fail -eq 0 ]]; then
    fail_check "node --test exited with status $status"
fi

summary "$pass" $((fail + failed_checks))
if [[ $status -ne 0 || $fail -ne 0 || $failed_checks -ne 0 || $pass -eq 0 ]]; then
    exit 1
fi
