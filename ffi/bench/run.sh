#!/usr/bin/env bash
# Per-call overhead of the C ABI against the Rust baseline, on the same 100-byte prompt, in
# one run: `bash ffi/bench/run.sh [RUNS] [CALLS]` (default 3 runs of 200000 calls). Prints
# each pair of medians and their ratio (C / Rust).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
calls=${2:-200000}

cargo build --release --locked -q -p veil-ffi -p veil-benches --bin veil-eval
mkdir -p target/ffi-tests
"${CC:-gcc}" -std=c11 -O2 -Wall -Wextra -Iffi/include ffi/bench/percall.c -o target/ffi-tests/percall \
    -Ltarget/release -lveil -Wl,-rpath,"$PWD/target/release"

field() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p"; }
prompt() { sed -n 's/.*"prompt":"\([^"]*\)".*/\1/p'; }
for i in $(seq "$runs"); do
    rust=$(./target/release/veil-eval percall --calls "$calls")
    c=$(./target/ffi-tests/percall "$calls")
    if [ "$(printf '%s' "$rust" | prompt)" != "$(printf '%s' "$c" | prompt)" ]; then
        echo "percall: the C and Rust prompts differ" >&2
        exit 1
    fi
    r=$(printf '%s' "$rust" | field median_ns)
    m=$(printf '%s' "$c" | field median_ns)
    echo "run $i: rust median ${r} ns, c median ${m} ns, ratio $(awk -v c="$m" -v r="$r" 'BEGIN { printf "%.2f", c / r }')"
done
