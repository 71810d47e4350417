'use strict'
// Property tests over seeded random strings mixing ASCII, CJK, emoji, emails and phone numbers:
// every finding slices back out of the input, and restore(redact(x)) === x.

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
const SEED = Number(process.env.VEIL_TEST_SEED || 20240611)
const COUNT = Number(process.env.VEIL_TEST_COUNT || 3000)

const WORDS = ['the', 'Report', 'call', 'mail', 'id', 'x', 'Q3', 'OK', '12', 'a-b', 'foo_bar', 'é', 'ñandú']
const CJK = ['中', '文', '电话', '邮箱', '日本語', 'テスト', '한국어', '。', '，', '：']
const EMOJI = ['😀', '🎉', '👩‍👩‍👧', '👍🏽', '🇨🇳', '❤️', '𝔘', '🙏']
const SEPARATORS = [' ', ' ', ' ', ', ', '\n', '\t', ' 😀 ', '：', ' (', ') ', '. ']
const LOCAL = 'abcdefghijklmnopqrstuvwxyz0123456789'
const TLDS = ['com', 'org', 'net', 'io', 'co.uk', 'de', 'example.com']
const PHONES = ['+1 415-555-2671', '(415) 555-2671', '415.555.2671', '+44 20 7946 0958', '020 7946 0958',
  '13812345678', '+86 138 1234 5678', '138 1234 5678', '010-62345678', '+49 30 12345678']

function email(r) {
  const n = 1 + r.int(12)
  let local = ''
  for (let i = 0; i < n; i++) local += r.pick(LOCAL)
  if (r.next() < 0.3) local += '.' + r.pick(LOCAL) + r.pick(LOCAL)
  let domain = ''
  for (let i = 0, m = 2 + r.int(8); i < m; i++) domain += r.pick(LOCAL)
  return `${local}@${domain}.${r.pick(TLDS)}`
}

/** A random text and the emails embedded in it (each between separators). */
function sample(r) {
  const pieces = []
  const emails = []
  for (let i = 0, n = 1 + r.int(25); i < n; i++) {
    const k = r.next()
    if (k < 0.12) {
      const e = email(r)
      emails.push(e)
      pieces.push(e)
    } else if (k < 0.2) pieces.push(r.pick(PHONES))
    else if (k < 0.45) pieces.push(r.pick(WORDS))
    else if (k < 0.7) pieces.push(Array.from({ length: 1 + r.int(4) }, () => r.pick(CJK)).join(''))
    else if (k < 0.85) pieces.push(r.pick(EMOJI))
    else pieces.push(String(r.int(100000)))
  }
  let text = r.next() < 0.5 ? r.pick(SEPARATORS) : ''
  for (const p of pieces) text += p + r.pick(SEPARATORS)
  return { text, emails }
}

function checkSpans(text, found) {
  let prevEnd = 0
  for (const f of found) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end))
    assert.ok(prevEnd <= f.start && f.start < f.end && f.end <= text.length, `${f.start}..${f.end}`)
    assert.equal(text.slice(f.start, f.end), f.text)
    prevEnd = f.end
  }
}

test(`random strings: spans slice back and redact/restore round-trips (seed ${SEED})`, () => {
  const r = rng(SEED)
  let session = engine.session()
  let findings = 0
  for (let i = 0; i < COUNT; i++) {
    if (i % 50 === 0) session = engine.session()
    const { text, emails } = sample(r)
    const context = `seed ${SEED}, sample ${i}: ${JSON.stringify(text)}`
    const found = engine.scan(text)
    findings += found.length
    checkSpans(text, found)
    // Every embedded email is reported with exactly its text.
    const emailTexts = found.filter((f) => f.type === 'EMAIL_ADDRESS').map((f) => f.text)
    for (const e of emails) assert.ok(emailTexts.includes(e), `${e} not found in ${context}`)

    const out = engine.redact(text)
    assert.deepEqual(out.findings, found, context)
    for (const e of emails) assert.ok(!out.text.includes(e), context)

    const sent = session.redact(text)
    assert.deepEqual(sent.findings, found, context)
    assert.equal(session.restore(sent.text), text, context)
  }
  assert.ok(findings > COUNT, `${findings} findings`)
})

test(`random strings: one session over a whole conversation restores it all (seed ${SEED + 1})`, () => {
  const r = rng(SEED + 1)
  const session = engine.session()
  const turns = Array.from({ length: 200 }, () => sample(r).text)
  const sent = turns.map((t) => session.redact(t).text)
  assert.equal(session.restore(sent.join('\u0000')), turns.join('\u0000'))
  // The answer may quote placeholders in any order.
  const reversed = [...sent].reverse()
  assert.equal(session.restore(reversed.join(' | ')), [...turns].reverse().join(' | '))
})

test(`random strings: batches agree with single calls (seed ${SEED + 2})`, async () => {
  const r = rng(SEED + 2)
  const batch = Array.from({ length: 500 }, () => sample(r).text)
  const found = await engine.scanBatch(batch)
  batch.forEach((t, i) => checkSpans(t, found[i]))
  assert.deepEqual(found, batch.map((t) => engine.scan(t)))
})

// Counterexamples the random strings once found in the core (fixed there): a phone number
// followed by a space and an email whose local part starts with a digit absorbed those digits,
// and the email was dropped as an overlap, so redact leaked its domain.
test('core: a phone number does not swallow the digits of a following email', () => {
  for (const [text, email] of [
    ['020 7946 0958 11@si6bm.org', '11@si6bm.org'],
    ['+49 30 12345678 5@5e5c.de', '5@5e5c.de'],
    ['020 7946 0958 805.nr@4zhd.com', '805.nr@4zhd.com'],
  ]) {
    const found = engine.scan(text)
    assert.ok(found.some((f) => f.type === 'EMAIL_ADDRESS' && f.text === email), JSON.stringify(found))
    assert.ok(!engine.redact(text).text.includes('@'), engine.redact(text).text)
  }
})
