'use strict'
// scanBatch / redactBatch: same results as one call per text, computed off the main thread.

const test = require('node:test')
const assert = require('node:assert/strict')
const { Engine } = require('..')

const engine = new Engine()

/** A small seeded PRNG (xorshift32): every run makes the same strings. */
function rng(seed) {
  let x = seed >>> 0 || 0x9e3779b9
  const next = () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x / 0x100000000
  }
  const int = (n) => Math.floor(next() * n)
  const pick = (items) => items[int(items.length)]
  return { next, int, pick }
}

function texts(n, seed) {
  const r = rng(seed)
  const parts = ['hello', '😀', '中文文本', 'ünïcödé', 'a@example.org', 'bob.smith@mail.example.net',
    '+1 415-555-2671', '138 1234 5678', '4111 1111 1111 1111', 'GB82 WEST 1234 5698 7654 32', '\n']
  return Array.from({ length: n }, () =>
    Array.from({ length: r.int(40) }, () => r.pick(parts)).join(' '))
}

test('scanBatch equals scan of each text, in order', async () => {
  const batch = texts(300, 1)
  const want = batch.map((t) => engine.scan(t))
  assert.deepEqual(await engine.scanBatch(batch), want)
  assert.deepEqual(await engine.scanBatch(batch, { threads: 1 }), want)
  assert.deepEqual(await engine.scanBatch(batch, { threads: 3 }), want)
  assert.deepEqual(await engine.scanBatch(batch, {}), want)
  assert.deepEqual(await engine.scanBatch(batch, null), want)
})

test('redactBatch equals redact of each text, in order', async () => {
  const batch = texts(300, 2)
  const want = batch.map((t) => engine.redact(t))
  assert.deepEqual(await engine.redactBatch(batch), want)
  assert.deepEqual(await engine.redactBatch(batch, { threads: 2 }), want)
})

test('large batches are split over threads and still agree', async () => {
  // Over 64 KiB in total, so the core spreads the batch over several threads.
  const batch = texts(4000, 3)
  assert.ok(batch.reduce((n, t) => n + t.length, 0) > 256 * 1024)
  assert.deepEqual(await engine.scanBatch(batch, { threads: 4 }), batch.map((t) => engine.scan(t)))
  assert.deepEqual(await engine.redactBatch(batch, { threads: 0 }), batch.map((t) => engine.redact(t)))
})

test('empty batches and empty texts', async () => {
  assert.deepEqual(await engine.scanBatch([]), [])
  assert.deepEqual(await engine.redactBatch([]), [])
  assert.deepEqual(await engine.scanBatch(['', '']), [[], []])
  assert.deepEqual(await engine.redactBatch(['']), [{ text: '', findings: [], blocked: false }])
})

test('batches return promises and do not block the event loop', async (t) => {
  const batch = texts(2000, 4).map((t) => t.repeat(4))
  let ticks = 0
  let last = Date.now()
  let worstGap = 0
  const timer = setInterval(() => {
    const now = Date.now()
    worstGap = Math.max(worstGap, now - last)
    last = now
    ticks++
  }, 1)
  try {
    const started = Date.now()
    const pending = engine.redactBatch(batch, { threads: 1 })
    assert.ok(pending instanceof Promise)
    const out = await pending
    const took = Date.now() - started
    assert.equal(out.length, batch.length)
    t.diagnostic(`${ticks} timer ticks during a ${took} ms batch, worst gap ${worstGap} ms`)
    // While the batch ran, the timer kept firing.
    assert.ok(ticks >= 3, `${ticks} ticks in ${took} ms`)
    assert.ok(worstGap < Math.max(took / 2, 50), `worst gap ${worstGap} ms of ${took} ms`)
  } finally {
    clearInterval(timer)
  }
})

test('concurrent batches on one engine (Promise.all)', async () => {
  const batches = [texts(500, 5), texts(500, 6), texts(500, 7), texts(500, 8)]
  const results = await Promise.all([
    engine.scanBatch(batches[0], { threads: 2 }),
    engine.redactBatch(batches[1], { threads: 2 }),
    engine.scanBatch(batches[2]),
    engine.redactBatch(batches[3]),
    engine.scanBatch(batches[0], { threads: 1 }),
  ])
  assert.deepEqual(results[0], batches[0].map((t) => engine.scan(t)))
  assert.deepEqual(results[1], batches[1].map((t) => engine.redact(t)))
  assert.deepEqual(results[2], batches[2].map((t) => engine.scan(t)))
  assert.deepEqual(results[3], batches[3].map((t) => engine.redact(t)))
  assert.deepEqual(results[4], results[0])
})

test('bad batch arguments throw before any work starts', () => {
  assert.throws(() => engine.scanBatch('a@example.org'), Error)
  assert.throws(() => engine.scanBatch(['ok', 42]), Error)
  assert.throws(() => engine.redactBatch([null]), Error)
  assert.throws(() => engine.scanBatch(), Error)
  assert.throws(() => engine.scanBatch([], { threads: -1 }), { code: 'ERR_INVALID_ARG_VALUE' })
  assert.throws(() => engine.scanBatch([], { threads: 1.5 }), { code: 'ERR_INVALID_ARG_VALUE' })
  assert.throws(() => engine.redactBatch([], { threads: NaN }), { code: 'ERR_INVALID_ARG_VALUE' })
  assert.throws(() => engine.redactBatch([], 4), { code: 'ERR_INVALID_ARG_TYPE' })
})
