'use strict'
// Sessions: reversible placeholders, restore, and saving a session per conversation.

const test = require('node:test')
const assert = require('node:assert/strict')
const { Engine, Session } = require('..')

const engine = new Engine()
const PROMPT = 'Email jane@example.com or call +1 415-555-2671; cc bob@example.org and jane@example.com'

test('the same value gets the same placeholder, across calls', () => {
  const s = engine.session()
  const a = s.redact(PROMPT)
  assert.equal(a.text,
    'Email <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>; cc <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>')
  assert.deepEqual(a.findings.map((f) => f.text),
    ['jane@example.com', '+1 415-555-2671', 'bob@example.org', 'jane@example.com'])
  for (const f of a.findings) assert.equal(PROMPT.slice(f.start, f.end), f.text)
  assert.equal(a.blocked, false)
  const b = s.redact('again: bob@example.org, new: zoe@example.net')
  assert.equal(b.text, 'again: <EMAIL_ADDRESS_2>, new: <EMAIL_ADDRESS_3>')
  assert.equal(s.size, 4)
})

test('restore is exact with repeated, reordered and dropped placeholders', () => {
  const s = engine.session()
  const sent = s.redact(PROMPT).text
  assert.equal(s.restore(sent), PROMPT)
  assert.equal(
    s.restore('<PHONE_NUMBER_1> then <EMAIL_ADDRESS_2>, <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1><EMAIL_ADDRESS_1>'),
    '+1 415-555-2671 then bob@example.org, bob@example.org and jane@example.comjane@example.com')
  assert.equal(s.restore('only <EMAIL_ADDRESS_2>.'), 'only bob@example.org.')
  // Unknown placeholders, near misses and plain text are left as they are.
  assert.equal(s.restore('<EMAIL_ADDRESS_9> <EMAIL_ADDRESS_1 > <email_address_1> < > <'),
    '<EMAIL_ADDRESS_9> <EMAIL_ADDRESS_1 > <email_address_1> < > <')
  assert.equal(s.restore(''), '')
  assert.equal(s.restore('😀 <EMAIL_ADDRESS_1> 中文'), '😀 jane@example.com 中文')
})

test('a fresh session restores nothing', () => {
  const s = engine.session()
  assert.equal(s.size, 0)
  assert.deepEqual(s.entries(), [])
  assert.equal(s.restore('<EMAIL_ADDRESS_1>'), '<EMAIL_ADDRESS_1>')
})

test('entries() and lookup()', () => {
  const s = engine.session()
  s.redact(PROMPT)
  assert.deepEqual(s.entries(), [
    { placeholder: '<EMAIL_ADDRESS_1>', type: 'EMAIL_ADDRESS', value: 'jane@example.com' },
    { placeholder: '<PHONE_NUMBER_1>', type: 'PHONE_NUMBER', value: '+1 415-555-2671' },
    { placeholder: '<EMAIL_ADDRESS_2>', type: 'EMAIL_ADDRESS', value: 'bob@example.org' },
  ])
  assert.equal(s.lookup('<PHONE_NUMBER_1>'), '+1 415-555-2671')
  assert.equal(s.lookup('<PHONE_NUMBER_2>'), null)
})

test('sessions use placeholders whatever the operator, and keep report-only values', () => {
  const custom = new Engine({
    policy: '[types.EMAIL_ADDRESS]\noperator = "mask"\n[types.PHONE_NUMBER]\naction = "report"\n',
  })
  const s = custom.session()
  const out = s.redact(PROMPT)
  assert.equal(out.text,
    'Email <EMAIL_ADDRESS_1> or call +1 415-555-2671; cc <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>')
  assert.equal(out.findings.length, 4)
  assert.equal(s.restore(out.text), PROMPT)
})

test('a session is saved and loaded as JSON, and keeps numbering', () => {
  const s = engine.session()
  const sent = s.redact(PROMPT).text
  const json = s.toJson()
  assert.equal(typeof json, 'string')
  const saved = JSON.parse(json)
  assert.equal(saved.format, 'veil-session')
  assert.equal(saved.version, 1)
  assert.equal(saved.entries.length, 3)
  // toJSON() makes JSON.stringify(session) the saved form.
  assert.deepEqual(JSON.parse(JSON.stringify(s)), saved)
  assert.deepEqual(s.toJSON(), saved)

  for (const loaded of [
    Session.fromJson(engine, json),
    Session.fromJson(engine, JSON.stringify(s)),
    Session.fromJson(engine, s.toJSON()),
    engine.sessionFromJson(json),
    engine.sessionFromJson(saved),
  ]) {
    assert.ok(loaded instanceof Session)
    assert.equal(loaded.restore(sent), PROMPT)
    assert.deepEqual(loaded.entries(), s.entries())
    // New values continue the numbering; known values keep their placeholders.
    assert.equal(loaded.redact('jane@example.com, amy@example.net').text,
      '<EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_3>')
  }
  // The original is unaffected by the copies.
  assert.equal(s.size, 3)
})

test('one session per conversation: sessions are independent', () => {
  const a = engine.session()
  const b = engine.session()
  assert.equal(a.redact('x@example.org').text, '<EMAIL_ADDRESS_1>')
  assert.equal(b.redact('y@example.org').text, '<EMAIL_ADDRESS_1>')
  assert.equal(a.restore('<EMAIL_ADDRESS_1>'), 'x@example.org')
  assert.equal(b.restore('<EMAIL_ADDRESS_1>'), 'y@example.org')
})

test('a bad saved session throws an Error naming the fault', () => {
  const bad = [
    ['not json', /not a veil session/],
    ['{}', /missing field `format`/],
    ['{"format":"other","version":1,"entries":[]}', /unsupported session format 'other'/],
    ['{"format":"veil-session","version":1,"entries":[{"placeholder":"<X>","type":"EMAIL_ADDRESS","value":"v"}]}',
      /entry #1: malformed placeholder/],
    ['{"format":"veil-session","version":1,"entries":[' +
      '{"placeholder":"<EMAIL_ADDRESS_1>","type":"EMAIL_ADDRESS","value":"a"},' +
      '{"placeholder":"<EMAIL_ADDRESS_1>","type":"EMAIL_ADDRESS","value":"b"}]}', /entry #2: duplicate placeholder/],
  ]
  for (const [json, message] of bad) {
    assert.throws(() => Session.fromJson(engine, json), (e) => {
      assert.ok(e instanceof Error)
      assert.equal(e.code, 'VEIL_SESSION')
      assert.match(e.message, message)
      return true
    })
    assert.throws(() => engine.sessionFromJson(json), { code: 'VEIL_SESSION' })
  }
  assert.throws(() => Session.fromJson(engine, 42), { code: 'VEIL_SESSION' })
  assert.throws(() => Session.fromJson(engine, null), { code: 'VEIL_SESSION' })
  assert.throws(() => Session.fromJson({}, '{}'), Error)
})

test('sessions are made by an engine, not by new Session()', () => {
  assert.throws(() => new Session(), Error)
})

test('session methods reject non-string input', () => {
  const s = engine.session()
  for (const bad of [1, undefined, null, {}]) {
    assert.throws(() => s.redact(bad), Error)
    assert.throws(() => s.restore(bad), Error)
  }
})
