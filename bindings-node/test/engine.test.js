'use strict'
// Engine: construction, scan, redact, rules, module functions, and errors.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const veil = require('..')
const { Engine } = veil

const engine = new Engine()
const ROOT = path.join(__dirname, '..', '..')

test('scan reports type, category, rule, start, end, text and score', () => {
  const text = 'mail jane.doe@example.com or call +1 415-555-2671'
  const found = engine.scan(text)
  assert.equal(found.length, 2)
  assert.deepEqual(Object.keys(found[0]).sort(), [
    'category', 'end', 'rule', 'score', 'start', 'text', 'type',
  ])
  assert.equal(found[0].type, 'EMAIL_ADDRESS')
  assert.equal(found[0].category, 'pii')
  assert.equal(found[0].rule, 'email')
  assert.equal(found[0].start, 5)
  assert.equal(found[0].end, 25)
  assert.equal(found[0].text, 'jane.doe@example.com')
  assert.ok(found[0].score > 0 && found[0].score <= 1)
  assert.equal(found[1].type, 'PHONE_NUMBER')
  assert.equal(found[1].text, '+1 415-555-2671')
  for (const f of found) assert.equal(text.slice(f.start, f.end), f.text)
})

test('scan finds secrets with category secret', () => {
  const key = 'AKIA' + 'Q3EGRK7VNMXPZ2HD'
  const text = `aws_access_key_id = ${key}`
  const found = engine.scan(text)
  assert.equal(found.length, 1)
  assert.equal(found[0].type, 'AWS_ACCESS_KEY_ID')
  assert.equal(found[0].category, 'secret')
  assert.equal(found[0].text, key)
})

test('scan of clean or empty text is an empty array', () => {
  assert.deepEqual(engine.scan(''), [])
  assert.deepEqual(engine.scan('nothing to see here, 12 apples'), [])
})

test('redact labels each finding and returns findings in input indices', () => {
  const text = 'My card is 4111 1111 1111 1111, mail me at ana@example.org'
  const out = engine.redact(text)
  assert.equal(out.text, 'My card is [CREDIT_CARD], mail me at [EMAIL_ADDRESS]')
  assert.equal(out.blocked, false)
  assert.deepEqual(out.findings.map((f) => f.type), ['CREDIT_CARD', 'EMAIL_ADDRESS'])
  for (const f of out.findings) assert.equal(text.slice(f.start, f.end), f.text)
  assert.deepEqual(out.findings, engine.scan(text))
})

test('redact of clean text returns it unchanged', () => {
  const out = engine.redact('hello 😀 world')
  assert.deepEqual(out, { text: 'hello 😀 world', findings: [], blocked: false })
})

test('a policy sets operators, actions, deny lists and custom rules', () => {
  const policy = `
[types.CREDIT_CARD]
operator = "mask"
action = "block"

[types.EMAIL_ADDRESS]
operator = "placeholder"

[[deny]]
type = "PROJECT_NAME"
terms = ["Bluebird"]

[[rule]]
id = "acme-employee-id"
type = "ACME_EMPLOYEE_ID"
category = "pii"
keywords = ["ACME-"]
pattern = 'ACME-[0-9]{6}'
`
  const custom = new Engine({ policy })
  const out = custom.redact('Bluebird: card 4111 1111 1111 1111, a@example.org, b@example.org, ACME-123456')
  assert.equal(out.text, '[PROJECT_NAME]: card **** **** **** 1111, <EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>, [ACME_EMPLOYEE_ID]')
  assert.equal(out.blocked, true)
  assert.deepEqual(out.findings.map((f) => f.rule), [
    out.findings[0].rule, 'credit-card', 'email', 'email', 'acme-employee-id',
  ])
  assert.ok(custom.entityTypes().includes('ACME_EMPLOYEE_ID'))
  assert.ok(custom.rules().some((r) => r.id === 'acme-employee-id' && r.pattern === 'ACME-[0-9]{6}'))
})

test('new Engine() and new Engine({}) use the built-in policy', () => {
  const text = 'a@example.org'
  assert.deepEqual(new Engine({}).scan(text), engine.scan(text))
  assert.deepEqual(new Engine({ policy: undefined }).scan(text), engine.scan(text))
  assert.deepEqual(new Engine({ policy: '' }).scan(text), engine.scan(text))
})

test('Engine.fromFile reads a policy file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veil-node-'))
  try {
    const file = path.join(dir, 'policy.toml')
    fs.writeFileSync(file, '[types.EMAIL_ADDRESS]\noperator = "remove"\n')
    const fromFile = Engine.fromFile(file)
    assert.ok(fromFile instanceof Engine)
    assert.equal(fromFile.redact('to: a@example.org.').text, 'to: .')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('rules() lists the compiled rules', () => {
  const rules = engine.rules()
  assert.ok(rules.length > 20)
  const email = rules.find((r) => r.id === 'email')
  assert.equal(email.type, 'EMAIL_ADDRESS')
  assert.equal(email.category, 'pii')
  assert.equal(email.operator, 'label')
  assert.equal(email.action, 'redact')
  assert.equal(typeof email.anchor, 'string')
  assert.ok(Array.isArray(email.keywords))
  assert.equal(typeof email.pattern, 'string')
  assert.equal(typeof email.description, 'string')
  for (const r of rules) {
    assert.ok(['pii', 'secret', 'injection'].includes(r.category), r.id)
    assert.ok(r.validator === undefined || typeof r.validator === 'string', r.id)
  }
  assert.ok(rules.some((r) => r.validator === 'credit-card'))
})

test('entityTypes() is sorted and holds the Presidio names', () => {
  const types = engine.entityTypes()
  assert.deepEqual(types, [...types].sort())
  for (const t of ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN']) {
    assert.ok(types.includes(t), t)
  }
})

test('version() is the core crate version', () => {
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8')
  const match = /\[workspace\.package\][^[]*?\nversion = "([^"]+)"/.exec(cargo)
  assert.ok(match, 'workspace version in Cargo.toml')
  assert.equal(veil.version(), match[1])
})

test('builtinPacks() names the built-in rule packs', () => {
  assert.deepEqual(veil.builtinPacks(), ['pii', 'secrets'])
})

test('one engine serves many calls and is reusable after errors', () => {
  assert.throws(() => engine.scan(42))
  for (let i = 0; i < 1000; i++) assert.equal(engine.scan(`x${i}@example.org`).length, 1)
})

test('a large input is scanned with exact indices', () => {
  const chunk = '日本語のテキスト 😀 filler text without values. '
  const text = chunk.repeat(20000) + 'end: jane@example.com'
  const found = engine.scan(text)
  assert.equal(found.length, 1)
  assert.equal(text.slice(found[0].start, found[0].end), 'jane@example.com')
})

// Errors -------------------------------------------------------------------------------------

test('a bad policy throws an Error naming the fault', () => {
  assert.throws(() => new Engine({ policy: '[detect]\npacks = ["nope"]' }), (e) => {
    assert.ok(e instanceof Error)
    assert.equal(e.code, 'VEIL_POLICY')
    assert.match(e.message, /unknown rule pack 'nope'/)
    return true
  })
  assert.throws(() => new Engine({ policy: '[detect]\nbogus = 1\n' }), (e) => {
    assert.equal(e.code, 'VEIL_POLICY')
    assert.match(e.message, /bogus/)
    assert.match(e.message, /line 2/)
    return true
  })
  assert.throws(() => new Engine({ policy: 'this is not toml' }), { code: 'VEIL_POLICY' })
})

test('a bad custom rule throws an Error naming the rule', () => {
  const policy = '[[rule]]\nid = "broken"\ntype = "BROKEN"\ncategory = "pii"\nkeywords = ["xy"]\npattern = "(unclosed"\n'
  assert.throws(() => new Engine({ policy }), (e) => {
    assert.ok(e instanceof Error)
    assert.equal(e.code, 'VEIL_RULE')
    assert.match(e.message, /rule 'broken': pattern does not parse/)
    return true
  })
})

test('Engine.fromFile errors name the file', () => {
  const missing = path.join(os.tmpdir(), 'veil-node-no-such-policy.toml')
  assert.throws(() => Engine.fromFile(missing), (e) => {
    assert.equal(e.code, 'VEIL_IO')
    assert.ok(e.message.includes(missing))
    return true
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veil-node-'))
  try {
    const bad = path.join(dir, 'bad.toml')
    fs.writeFileSync(bad, '[detect]\npacks = ["nope"]\n')
    assert.throws(() => Engine.fromFile(bad), (e) => {
      assert.equal(e.code, 'VEIL_POLICY')
      assert.ok(e.message.includes(bad))
      assert.match(e.message, /nope/)
      return true
    })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('non-string input throws an Error', () => {
  for (const bad of [42, undefined, null, {}, ['a@example.org'], Buffer.from('a@example.org'), Symbol('x')]) {
    assert.throws(() => engine.scan(bad), Error)
    assert.throws(() => engine.redact(bad), Error)
  }
  assert.throws(() => engine.scan(), Error)
  assert.throws(() => new Engine({ policy: 42 }), Error)
  // A policy passed as a bare string is an error, not silently the default policy.
  assert.throws(() => new Engine('[detect]'), { code: 'ERR_INVALID_ARG_TYPE' })
  assert.throws(() => Engine.fromFile(42), Error)
})

test('errors never echo the scanned text', () => {
  const secret = 'jane.secret@example.com'
  try {
    engine.scan({ toString: () => secret })
    assert.fail('should throw')
  } catch (e) {
    assert.ok(!e.message.includes(secret))
  }
})

test('methods called on the wrong object throw instead of crashing', () => {
  assert.throws(() => Engine.prototype.scan.call({}, 'a@example.org'), TypeError)
  assert.throws(() => veil.Session.prototype.restore.call(engine, 'x'), TypeError)
  assert.throws(() => veil.Session.fromJson({}, '{}'), Error)
})
