#!/usr/bin/env bash
# Builds veil and redacts a sample of the corpus: the "main job" of the README.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p veil-cli
sample=corpus/bench/sample-mixed.txt
echo "== findings in $sample (first 15)"
./target/release/veil scan "$sample" | head -n 15 || true
echo
echo "== redacted $sample (first 40 lines)"
./target/release/veil redact "$sample" | head -n 40 || true
