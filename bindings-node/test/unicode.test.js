'use strict'
// Indices are JavaScript string indices (UTF-16 code units), whatever the script or emoji.

const test = require('node:test')
const assert = require('node:assert/strict')
const { Engine } = require('..')

const engine = new Engine()

function assertSpans(text, found) {
  for (const f of found) {
    assert.equal(text.slice(f.start, f.end), f.text, `${f.type} at ${f.start}..${f.end}`)
  }
}

test('emoji (surrogate pairs) before and between values', () => {
  const text = '😀😀 mail a@example.org 👩‍👩‍👧 call +1 415-555-2671 🎉'
  const found = engine.scan(text)
  assert.deepEqual(found.map((f) => [f.type, f.start, f.end]), [
    ['EMAIL_ADDRESS', 10, 23],
    ['PHONE_NUMBER', 38, 53],
  ])
  assertSpans(text, found)
})

test('CJK text around values', () => {
  const text = '联系 😀 ana@example.org 或 +86 138 0013 8000。'
  const found = engine.scan(text)
  assert.deepEqual(found.map((f) => [f.type, f.start, f.end, f.text]), [
    ['EMAIL_ADDRESS', 6, 21, 'ana@example.org'],
    ['PHONE_NUMBER', 24, 41, '+86 138 0013 8000'],
  ])
  assertSpans(text, found)
})

test('values found through the normalized view map back to the original indices', () => {
  // Fullwidth digits and a zero-width space are normalized for matching; the span still
  // covers the original characters.
  for (const text of [
    '电话：１３８１２３４５６７８',
    '😀 mail ａｎａ@example.org now',
    'é\u0301 ok: jane\u200b.doe@example.com',
    'ｺﾝﾀｸﾄ 😀 4111 1111 1111 1111',
  ]) {
    const found = engine.scan(text)
    assertSpans(text, found)
    const out = engine.redact(text)
    assert.deepEqual(out.findings, found)
  }
})

test('redacted text keeps the surrounding emoji and CJK intact', () => {
  const out = engine.redact('😀 我的邮箱 ana@example.org 谢谢 🙏')
  assert.equal(out.text, '😀 我的邮箱 [EMAIL_ADDRESS] 谢谢 🙏')
})

// Lone surrogates ---------------------------------------------------------------------------
// A JS string may hold unpaired surrogates, which UTF-8 cannot encode. The binding reads each
// as U+FFFD (as TextEncoder and Buffer.from do). Both are one UTF-16 unit, so indices still
// line up with the caller's string; output text carries U+FFFD in their place.

test('lone surrogates: indices line up with the original string', () => {
  for (const text of [
    '\ud800 mail a@example.org',
    'a@example.org \udc00',
    '\udbff\udbff x \udfff b@example.org 😀 \ud83d',
    '😀\ud83d a@example.org \ude00😀 +1 415-555-2671',
  ]) {
    const found = engine.scan(text)
    assert.ok(found.length >= 1)
    assertSpans(text, found)
    assert.deepEqual(found, engine.scan(text.toWellFormed()))
  }
})

test('lone surrogates: redact and restore return well-formed text', () => {
  const text = 'x\ud800 a@example.org \udc00y'
  const out = engine.redact(text)
  assert.equal(out.text, 'x\ufffd [EMAIL_ADDRESS] \ufffdy')
  const session = engine.session()
  const sent = session.redact(text)
  assert.equal(sent.text, 'x\ufffd <EMAIL_ADDRESS_1> \ufffdy')
  assert.equal(session.restore(sent.text), text.toWellFormed())
  assert.equal(session.restore('\ud800<EMAIL_ADDRESS_1>'), '\ufffda@example.org')
})
