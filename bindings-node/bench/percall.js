#!/usr/bin/env node
// Per-call overhead of the Node binding: times single `engine.scan(prompt)` calls on the 100-byte
// prompt that the Rust baseline (`veil-eval percall`) uses, and prints the median and p90 in ns.
//
//   node bench/percall.js [--calls 200000] [--op scan|redact] [--rust]
//
// With --rust it first runs the Rust baseline (cargo, from the repo root) in the same run, takes
// its prompt from there, and prints the ratio Node / Rust. Without it, the prompt below is used.
'use strict'

const { execFileSync } = require('node:child_process')
const path = require('node:path')
const { Engine } = require('..')

// Keep in step with veil_benches::PROMPT_100 (checked when --rust is given).
const PROMPT_100 =
  'Hi team, please email the Q3 report to jane.doe@example.com or call +1 415 555 0134 by Friday, thanks.'

function option(name, fallback) {
  const i = process.argv.indexOf(name)
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback
}

const calls = Number(option('--calls', '200000'))
const op = option('--op', 'scan')
const withRust = process.argv.includes('--rust')
if (!Number.isInteger(calls) || calls < 1 || !['scan', 'redact'].includes(op)) {
  console.error('usage: node bench/percall.js [--calls N] [--op scan|redact] [--rust]')
  process.exit(2)
}

let rust = null
if (withRust) {
  const root = path.join(__dirname, '..', '..')
  const out = execFileSync(
    'cargo',
    ['run', '--release', '-q', '-p', 'veil-benches', '--bin', 'veil-eval', '--',
      'percall', '--calls', String(calls), '--op', op],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  )
  rust = JSON.parse(out.trim().split('\n').pop())
  if (rust.prompt !== PROMPT_100) {
    console.error('bench/percall.js: the prompt differs from the Rust baseline; using Rust\'s')
  }
}
const prompt = rust ? rust.prompt : PROMPT_100

const engine = new Engine()
const call = op === 'scan' ? () => engine.scan(prompt).length : () => engine.redact(prompt).text.length

// Same protocol as the Rust side: a warm-up of a tenth as many calls, then each call timed alone.
let sink = 0
for (let i = 0; i < calls / 10; i++) sink += call()
const ns = new Float64Array(calls)
for (let i = 0; i < calls; i++) {
  const t = process.hrtime.bigint()
  sink += call()
  ns[i] = Number(process.hrtime.bigint() - t)
}
ns.sort()
const median = ns[Math.floor(calls / 2)]
const p90 = ns[Math.floor((calls * 9) / 10)]
if (sink === -1) console.log('') // keep `sink` alive

const result = { lang: 'node', op, bytes: Buffer.byteLength(prompt), calls, median_ns: median, p90_ns: p90 }
if (rust) {
  result.rust_median_ns = rust.median_ns
  result.rust_p90_ns = rust.p90_ns
  result.ratio_median = Number((median / rust.median_ns).toFixed(2))
}
console.log(JSON.stringify(result))
