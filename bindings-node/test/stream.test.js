'use strict'
// Streaming: what a StreamRedactor / StreamRestorer (and their Transforms) emit, joined, equals
// the whole-text call, for seeded random texts cut at random UTF-8 byte offsets (Buffers) and
// random UTF-16 indices (strings, also inside surrogate pairs), and for every corpus document.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { execFileSync } = require('node:child_process')
const { pathToFileURL } = require('node:url')
const { Readable, Writable, Transform } = require('node:stream')
const { pipeline } = require('node:stream/promises')
const veil = require('..')

const { Engine, StreamRedactor, StreamRestorer } = veil
const engine = new Engine()
const root = path.join(__dirname, '..')

/** A small seeded PRNG (xorshift32): every run cuts the same way. */
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
const COUNT = Number(process.env.VEIL_TEST_COUNT || 2000)

/** Pieces that make streams hard: values split across cuts, prefixes of values, multi-byte
 *  and astral characters, invisible characters, placeholders and a PEM block. */
const FRAGMENTS = [
  'ana.lopez@example.org', 'mail ana', '@', 'example.org', '+1 415-555-2671', '(415) 555 2671',
  '138 1234 5678', '１３８１２３４５６７８', '4111 1111 1111 1111', '4111-1111-1111-1112',
  'DE89 3704 0044 0532 0130 00', '123-45-6789', '11010519491231002X', '10.0.0.1',
  '2001:db8::8a2e:370:7334', 'sk-proj-abcDEF1234567890abcdefGHIJKLmnopqrstuvwxYZ0123456789abcd',
  'sk-', 'AKIA5ZEOF52DCUAE26IU', 'ghp_1234567890abcdefghijklmnopqrstuvwxyz',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'password = "hunter2-Xy9!kq"', 'api_key: ',
  '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n' +
    'KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ==\n-----END RSA PRIVATE KEY-----',
  '<EMAIL_ADDRESS_1>', '<PHONE_NUMBER_', '1>', '<', ' ', ' ', '\n', ', ', '. ', 'the', 'call', 'phone',
  '12', '2024-10-19', '电话', '邮箱：', '手机号', '日本語', 'é', 'e\u0301', '\u200b', '😀', '👩‍💻', '🇨🇳',
  '𝔘', 'Ａ', '#', '=', ':', '-', '.',
]

function sample(r) {
  let text = ''
  for (let i = 0, n = r.int(24); i < n; i++) text += r.pick(FRAGMENTS)
  return text
}

/** Sorted cut points in `0..=len` (repeats give empty chunks). */
function cuts(r, len, max = 12) {
  const out = Array.from({ length: r.int(max) }, () => r.int(len + 1))
  return out.sort((a, b) => a - b)
}

/** `text` cut at random UTF-16 indices (possibly inside surrogate pairs): strings. */
function stringChunks(r, text) {
  const at = [0, ...cuts(r, text.length), text.length]
  return at.slice(1).map((end, i) => text.slice(at[i], end))
}

/** `text`'s UTF-8 cut at random byte offsets (possibly inside characters): Buffers. */
function bufferChunks(r, text) {
  const bytes = Buffer.from(text)
  const at = [0, ...cuts(r, bytes.length), bytes.length]
  return at.slice(1).map((end, i) => bytes.subarray(at[i], end))
}

/** Chunks of 1..max UTF-16 units or bytes, alternately strings and Buffers per call. */
function sized(r, text, max, asBuffers) {
  const whole = asBuffers ? Buffer.from(text) : text
  const out = []
  for (let at = 0; at < whole.length; ) {
    const n = 1 + r.int(max)
    out.push(whole.slice(at, at + n))
    at += n
  }
  return out
}

function streamed(stream, chunks) {
  let out = ''
  for (const c of chunks) out += stream.push(c)
  return out + stream.finish()
}

/** Runs `chunks` through a Transform with `pipeline`; resolves to what came out, joined. */
async function through(transform, chunks) {
  let out = ''
  await pipeline(Readable.from(chunks), transform, async (source) => {
    for await (const text of source) out += text
  })
  return out
}

test(`random texts: streamed redaction equals engine.redact (seed ${SEED}, ${COUNT} texts)`, () => {
  const r = rng(SEED)
  const redactor = engine.streamRedact()
  for (let i = 0; i < COUNT; i++) {
    const text = sample(r)
    const whole = engine.redact(text).text
    const b = bufferChunks(r, text)
    assert.equal(streamed(redactor, b), whole, `#${i} Buffers ${JSON.stringify(b.map(String))}`)
    const s = stringChunks(r, text)
    assert.equal(streamed(redactor, s), whole, `#${i} strings ${JSON.stringify(s)}`)
  }
})

test(`random texts: streamed restore equals session.restore (seed ${SEED})`, () => {
  const r = rng(SEED + 1)
  for (let i = 0; i < COUNT; i++) {
    const text = sample(r)
    const session = engine.session()
    const sent = session.redact(text).text
    const restorer = session.streamRestore()
    // The answer repeats the placeholders, and the original text (with its own `<…>`s).
    for (const answer of [sent, `${sent} / ${text}`]) {
      const whole = session.restore(answer)
      assert.equal(streamed(restorer, bufferChunks(r, answer)), whole, `#${i} Buffers`)
      assert.equal(streamed(restorer, stringChunks(r, answer)), whole, `#${i} strings`)
    }
    if (!text.includes('<')) assert.equal(session.restore(sent), text, `#${i} round trip`)
  }
})

test('one byte or one UTF-16 unit at a time equals the whole-text call', () => {
  const r = rng(SEED + 2)
  const redactor = engine.streamRedact()
  for (let i = 0; i < 60; i++) {
    const text = sample(r)
    const whole = engine.redact(text).text
    const bytes = Buffer.from(text)
    assert.equal(streamed(redactor, [...bytes].map((b) => Buffer.of(b))), whole, `#${i} bytes`)
    assert.equal(streamed(redactor, text.split('')), whole, `#${i} UTF-16 units`)
  }
})

const docs = fs
  .readFileSync(path.join(root, '..', 'corpus', 'labelled', 'docs.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line).text)

test('corpus: every document streams like engine.redact, in random chunk sizes', () => {
  assert.ok(docs.length >= 2500, 'corpus/labelled/docs.jsonl')
  const r = rng(7)
  const redactor = engine.streamRedact()
  docs.forEach((doc, i) => {
    // SSE-sized chunks for most documents, larger ones for every fourth; strings and Buffers.
    const chunks = sized(r, doc, i % 4 === 0 ? 64 : 6, i % 2 === 0)
    assert.equal(streamed(redactor, chunks), engine.redact(doc).text, `doc #${i}`)
  })
})

test('corpus: session.redact, then restore through restoreStream() gives the document back', async () => {
  const r = rng(11)
  let checked = 0
  for (const [i, doc] of docs.entries()) {
    const session = engine.session()
    const sent = session.redact(doc).text
    const out = await through(session.restoreStream(), sized(r, sent, 8, i % 2 === 1))
    assert.equal(out, session.restore(sent), `doc #${i}`)
    if (!doc.includes('<')) {
      assert.equal(out, doc, `doc #${i}: restore(redact(x)) == x`)
      checked++
    }
  }
  assert.ok(checked > 2400)
})

test('a string cut inside a surrogate pair: the first half waits for the second', () => {
  const text = 'mail ana@example.org 😀 call +1 415-555-2671 👩‍💻'
  const whole = engine.redact(text).text
  const redactor = engine.streamRedact()
  for (let at = 0; at <= text.length; at++) {
    assert.equal(streamed(redactor, [text.slice(0, at), text.slice(at)]), whole, `cut at ${at}`)
  }
  // While held, the half counts as the 3 bytes of the U+FFFD it would be if the input ended.
  const restorer = engine.session().streamRestore()
  const hi = '😀'.slice(0, 1)
  assert.equal(restorer.push('ok ' + hi), 'ok ')
  assert.equal(restorer.pending, 3)
  assert.equal(restorer.push('😀'.slice(1) + ' fine'), '😀 fine')
  assert.equal(restorer.pending, 0)
  let out = redactor.push('ok ' + hi)
  assert.ok(redactor.pending >= 3)
  out += redactor.push('😀'.slice(1) + ' fine') + redactor.finish()
  assert.equal(out, 'ok 😀 fine')
  assert.equal(redactor.pending, 0)
})

test('lone surrogates read as U+FFFD, as in the whole-text calls', () => {
  const hi = '\ud83d'
  const lo = '\ude00'
  const redactor = engine.streamRedact()
  const cases = [
    [`a${lo}b`], // a low half with nothing before it
    [`a${hi}`, 'b'], // a held high half that the next chunk does not complete
    [`a${hi}`, `${hi}${lo}`], // two high halves: the first is lone
    [`a${hi}`], // the input ends after a high half
    [`a${hi}`, ''], // an empty chunk keeps the half
    [`a${hi}`, '', lo],
  ]
  for (const chunks of cases) {
    const text = chunks.join('')
    const whole = engine.redact(text).text
    assert.equal(whole, text.toWellFormed())
    assert.equal(streamed(redactor, chunks), whole, JSON.stringify(chunks))
  }
  // A Buffer after a held high half: the half is lone (U+FFFD), then the bytes.
  assert.equal(streamed(redactor, [`a${hi}`, Buffer.from('b')]), 'a\ufffdb')
  const restorer = engine.session().streamRestore()
  assert.equal(streamed(restorer, [`a${hi}`, lo, `${hi}`]), 'a😀\ufffd')
})

test('Buffers may cut UTF-8 characters; Uint8Arrays are taken too', () => {
  const text = '手机：138 1234 5678，邮箱 ana@example.org 😀'
  const whole = engine.redact(text).text
  const bytes = Buffer.from(text)
  const redactor = engine.streamRedact()
  for (let at = 0; at <= bytes.length; at++) {
    const chunks = [bytes.subarray(0, at), new Uint8Array(bytes.subarray(at))]
    assert.equal(streamed(redactor, chunks), whole, `cut at ${at}`)
  }
  // An unfinished character at the end becomes U+FFFD (as Buffer#toString does).
  assert.equal(streamed(redactor, [Buffer.from('ab'), bytes.subarray(0, 1)]), 'ab\ufffd')
  assert.equal(Buffer.concat([Buffer.from('ab'), bytes.subarray(0, 1)]).toString(), 'ab\ufffd')
})

test('invalid UTF-8 throws VEIL_INPUT with the offset, and the chunk is not taken', () => {
  const redactor = engine.streamRedact()
  let out = redactor.push('mail ')
  for (const bad of [Buffer.of(0xff), Buffer.from([0x61, 0xc3, 0x28]), Buffer.of(0xe4, 0xb8, 0x41)]) {
    assert.throws(() => redactor.push(bad), (err) => {
      assert.ok(err instanceof Error)
      assert.equal(err.code, 'VEIL_INPUT')
      assert.match(err.message, /^input error: invalid UTF-8 at byte offset \d+$/)
      return true
    })
  }
  assert.throws(() => redactor.push(Buffer.from([0x61, 0x62, 0xff])), { message: /byte offset 7$/ })
  // Nothing of the rejected chunks was taken: the stream goes on as if they were never pushed.
  out += redactor.push(Buffer.from('ana@example.org today')) + redactor.finish()
  assert.equal(out, engine.redact('mail ana@example.org today').text)

  // The restorer alike.
  const session = engine.session()
  session.redact('ana@example.org')
  const restorer = session.streamRestore()
  out = restorer.push('to <EMAIL_')
  assert.throws(() => restorer.push(Buffer.of(0xc0, 0x80)), { code: 'VEIL_INPUT' })
  out += restorer.push(Buffer.from('ADDRESS_1>')) + restorer.finish()
  assert.equal(out, 'to ana@example.org')
})

test('a Buffer that ends inside a character must be continued by bytes, not a string', () => {
  const redactor = engine.streamRedact()
  const e = Buffer.from('é') // c3 a9
  let out = redactor.push(Buffer.concat([Buffer.from('caf'), e.subarray(0, 1)]))
  assert.throws(() => redactor.push('!'), { code: 'VEIL_INPUT', message: /byte offset 3$/ })
  out += redactor.push(e.subarray(1)) + redactor.push('!') + redactor.finish()
  assert.equal(out, 'caf\u00e9!')
})

test('push takes a string, a Buffer or a Uint8Array; anything else is a TypeError-like error', () => {
  const redactor = engine.streamRedact()
  for (const [value, got] of [
    [42, 'Number'], [null, 'Null'], [undefined, 'Undefined'], [{}, 'Object'], [['a'], 'Object'],
    [new Float32Array(2), 'another TypedArray'], [new Uint16Array(2), 'another TypedArray'],
    [new ArrayBuffer(2), 'Object'], [Symbol('s'), 'Symbol'],
  ]) {
    assert.throws(() => redactor.push(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: `chunk must be a string, a Buffer or a Uint8Array, got ${got}`,
    })
  }
  assert.throws(() => redactor.push(), { code: 'ERR_INVALID_ARG_TYPE' })
  assert.equal(redactor.pending, 0)
  assert.throws(() => new StreamRedactor(), /no `constructor`/)
  assert.throws(() => new StreamRestorer(), /no `constructor`/)
  assert.ok(engine.streamRedact() instanceof StreamRedactor)
  assert.ok(engine.session().streamRestore() instanceof StreamRestorer)
})

test('after finish, the same object takes a new stream', () => {
  const policy = '[types.EMAIL_ADDRESS]\noperator = "placeholder"\n'
  const custom = new Engine({ policy })
  const redactor = custom.streamRedact()
  const text = 'a@example.org, b@example.org, a@example.org'
  const first = streamed(redactor, ['a@exam', 'ple.org, b@example.org, a@', 'example.org'])
  assert.equal(first, custom.redact(text).text)
  assert.equal(first, '<EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>, <EMAIL_ADDRESS_1>')
  // Numbering (and offsets in errors) start again.
  assert.equal(streamed(redactor, [Buffer.from('b@example.org')]), '<EMAIL_ADDRESS_1>')
  assert.throws(() => redactor.push(Buffer.of(0xff)), { message: /byte offset 0$/ })
  assert.equal(redactor.finish(), '')

  const session = engine.session()
  session.redact('ana@example.org')
  const restorer = session.streamRestore()
  for (let i = 0; i < 3; i++) {
    assert.equal(streamed(restorer, ['<EMAIL_ADD', 'RESS_1>!']), 'ana@example.org!')
  }
  // A finish right after finish is empty.
  assert.equal(restorer.finish(), '')
})

test('hold-back: prose flows, a value is held until it is complete, pending tells how much', () => {
  const redactor = engine.streamRedact()
  assert.ok(redactor.maxHoldback > 0 && Number.isInteger(redactor.maxHoldback))
  const prose = 'Hello there, this is plain prose. '
  let out = redactor.push(prose)
  assert.ok(out.length > 0 && prose.startsWith(out), JSON.stringify(out))
  assert.equal(redactor.pending, Buffer.byteLength(prose) - Buffer.byteLength(out))
  // Half a phone number is never emitted: it is held until the number is complete.
  out += redactor.push('Call +1 415')
  assert.ok(!out.includes('415'))
  assert.ok(redactor.pending >= ' +1 415'.length)
  out += redactor.push('-555-2671 now, ')
  assert.ok(out.includes('[PHONE_NUMBER]'))
  assert.ok(redactor.pending <= redactor.maxHoldback)
  out += redactor.finish()
  assert.equal(out, engine.redact(`${prose}Call +1 415-555-2671 now, `).text)
  assert.equal(redactor.pending, 0)
  assert.equal(redactor.blocked, false)

  const session = engine.session()
  session.redact('ana@example.org')
  const restorer = session.streamRestore()
  assert.equal(restorer.push('a < b, see <EMAIL'), 'a < b, see ')
  assert.equal(restorer.pending, '<EMAIL'.length)
  assert.equal(restorer.push('!'), '<EMAIL!')
  assert.equal(restorer.pending, 0)
})

test('blocked: a value whose type has the block action', () => {
  const custom = new Engine({ policy: '[types.CREDIT_CARD]\naction = "block"\n' })
  const redactor = custom.streamRedact()
  redactor.push('card 4111 1111 ')
  assert.equal(redactor.blocked, false)
  redactor.push('1111 1111 ok')
  redactor.finish()
  assert.equal(redactor.blocked, true)
  const t = custom.redactStream()
  t.end('card 4111 1111 1111 1111')
  t.resume()
  return new Promise((resolve) => t.on('end', resolve)).then(() => assert.equal(t.redactor.blocked, true))
})

test('a restorer knows the placeholders its session had when it was made', () => {
  const session = engine.session()
  session.redact('ana@example.org')
  const early = session.streamRestore()
  const earlyTransform = session.restoreStream()
  session.redact('bob@example.org')
  const answer = '<EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>'
  assert.equal(streamed(early, [answer]), 'ana@example.org and <EMAIL_ADDRESS_2>')
  assert.equal(streamed(session.streamRestore(), [answer]), session.restore(answer))
  return through(earlyTransform, [answer]).then((out) => {
    assert.equal(out, 'ana@example.org and <EMAIL_ADDRESS_2>')
  })
})

test('redactStream() in a pipeline: async iterator in, strings out', async () => {
  const r = rng(SEED + 3)
  for (let i = 0; i < 100; i++) {
    const text = sample(r)
    const whole = engine.redact(text).text
    async function* llm() {
      for (const c of i % 2 ? bufferChunks(r, text) : stringChunks(r, text)) {
        yield c
        if (r.next() < 0.2) await new Promise((resolve) => setImmediate(resolve))
      }
    }
    const outs = []
    await pipeline(llm(), engine.redactStream(), async (source) => {
      for await (const text of source) outs.push(text)
    })
    assert.ok(outs.every((o) => typeof o === 'string' && o !== ''))
    assert.equal(outs.join(''), whole, `#${i}`)
  }
})

test('restoreStream() in a pipeline into a Writable', async () => {
  const session = engine.session()
  const sent = session.redact('Write to jane.doe@example.com or call +1 415-555-2671.').text
  assert.equal(sent, 'Write to <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>.')
  const answer = `Sure 😀 I'll write to <EMAIL_ADDRESS_1> and call <PHONE_NUMBER_1>.`
  const got = []
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      got.push(chunk)
      callback()
    },
  })
  await pipeline(Readable.from(sized(rng(3), answer, 3, true)), session.restoreStream(), sink)
  assert.equal(Buffer.concat(got).toString(), session.restore(answer))
  assert.equal(Buffer.concat(got).toString(), "Sure 😀 I'll write to jane.doe@example.com and call +1 415-555-2671.")
})

test('the Transforms: write/end, encodings, options, errors', async () => {
  const t = engine.redactStream()
  assert.ok(t instanceof Transform)
  assert.ok(t.redactor instanceof StreamRedactor)
  assert.ok(engine.session().restoreStream().restorer instanceof StreamRestorer)
  // Strings written with another encoding are decoded first; output is strings by default.
  const out = []
  t.on('data', (d) => out.push(d))
  t.write(Buffer.from('mail ana@exa').toString('base64'), 'base64')
  t.write(Buffer.from('mple.org, caf\u00e9').toString('hex'), 'hex')
  t.write(' ok', 'latin1')
  t.write(Buffer.from(' 😀').subarray(0, 3))
  t.write(Buffer.from(' 😀').subarray(3))
  t.end()
  await new Promise((resolve) => t.on('end', resolve))
  assert.ok(out.every((o) => typeof o === 'string'))
  assert.equal(out.join(''), 'mail [EMAIL_ADDRESS], caf\u00e9 ok 😀')
  // `encoding: null` gives Buffers.
  const bytes = await new Promise((resolve, reject) => {
    const b = engine.redactStream({ encoding: null, highWaterMark: 4 })
    const parts = []
    b.on('data', (d) => parts.push(d)).on('end', () => resolve(parts)).on('error', reject)
    b.end('mail ana@example.org')
  })
  assert.ok(bytes.every(Buffer.isBuffer))
  assert.equal(Buffer.concat(bytes).toString(), 'mail [EMAIL_ADDRESS]')
  // Invalid UTF-8 fails the pipeline with the binding's error.
  await assert.rejects(
    through(engine.redactStream(), [Buffer.from('ok '), Buffer.of(0xff)]),
    { code: 'VEIL_INPUT', message: 'input error: invalid UTF-8 at byte offset 3' },
  )
  // What a source throws reaches the pipeline's caller.
  async function* failing() {
    yield 'mail ana@'
    throw new Error('connection reset')
  }
  await assert.rejects(through(engine.session().restoreStream(), failing()), /connection reset/)
  for (const bad of ['utf8', 42, true]) {
    assert.throws(() => engine.redactStream(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' })
    assert.throws(() => engine.redactStream(bad), { message: /^options must be an object, got (String|Number|Boolean)$/ })
    assert.throws(() => engine.session().restoreStream(bad), { code: 'ERR_INVALID_ARG_TYPE' })
  }
  assert.equal(await through(engine.redactStream(null), ['a']), 'a')
  assert.equal(engine.redactStream({ encoding: undefined }).readableEncoding, 'utf8')
  assert.equal(engine.redactStream({ encoding: 'latin1' }).readableEncoding, 'latin1')
  assert.equal(engine.session().restoreStream({ encoding: null }).readableEncoding, null)
  assert.equal(await through(engine.redactStream(), []), '')
})

test('the example runs: examples/stream-llm.js', () => {
  const out = execFileSync(process.execPath, [path.join(root, 'examples', 'stream-llm.js')], {
    encoding: 'utf8',
  })
  assert.equal(out, [
    'sent:     Email <EMAIL_ADDRESS_1> and call <PHONE_NUMBER_1> about the offer.',
    'restored: Done 👍 I wrote to jane.doe@example.com and will call +1 415-555-2671 tomorrow (cc jane.doe@example.com).',
    'same:     true',
    'redacted: Her number is [PHONE_NUMBER] and her mail is [EMAIL_ADDRESS].',
    '',
  ].join('\n'))
})

test('the package entry: require and import see the native module plus the Transforms', async () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  assert.equal(require.resolve('..'), path.join(root, pkg.main))
  assert.equal(veil.Engine, require('../index.js').Engine)
  assert.equal(typeof Engine.prototype.redactStream, 'function')
  assert.equal(typeof veil.Session.prototype.restoreStream, 'function')
  // Added methods are not enumerable, like the native ones.
  assert.ok(!Object.keys(Engine.prototype).includes('redactStream'))
  const esm = await import(pathToFileURL(path.join(root, pkg.main)).href)
  for (const name of ['Engine', 'Session', 'StreamRedactor', 'StreamRestorer', 'version', 'builtinPacks']) {
    assert.equal(esm[name], veil[name], name)
  }
  assert.equal(typeof new esm.Engine().redactStream, 'function')
})

test('npm pack ships the entry, the generated loader and types, and the addon', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  let out
  try {
    out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch (err) {
    if (err.code === 'ENOENT') return // no npm next to this node
    throw err
  }
  const files = JSON.parse(out)[0].files.map((f) => f.path).sort()
  const addons = files.filter((f) => f.endsWith('.node'))
  assert.ok(addons.length >= 1, 'the .node addon')
  assert.deepEqual(files.filter((f) => !f.endsWith('.node')), [
    'README.md', 'index.d.ts', 'index.js', 'package.json', 'veil.d.ts', 'veil.js',
  ])
})

test('types: veil.d.ts adds redactStream/restoreStream to the generated classes', (t) => {
  let tsc
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [root] })
  } catch {
    t.skip('typescript is not installed (npm ci installs it with @napi-rs/cli)')
    return
  }
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'veil-types-'))
  try {
    // Just enough of @types/node for the declarations (the package does not depend on it).
    fs.writeFileSync(path.join(dir, 'node-stub.d.ts'), `
declare class Buffer extends Uint8Array {}
declare module 'node:stream' {
  export interface TransformOptions { highWaterMark?: number; encoding?: string | null;
    decodeStrings?: boolean; objectMode?: boolean; transform?: Function; flush?: Function; final?: Function }
  export class Transform { write(chunk: unknown): boolean; end(): this; pipe<T>(d: T): T }
}
`)
    fs.writeFileSync(path.join(dir, 'use.ts'), `
import { Engine, Session, StreamRedactor, StreamRestorer, RedactStream, RestoreStream, StreamOptions } from ${JSON.stringify(path.join(root, 'veil'))}
const engine: Engine = new Engine()
const session: Session = engine.session()
const r: StreamRedactor = engine.streamRedact()
const s: StreamRestorer = session.streamRestore()
const text: string = r.push('a') + r.push(new Uint8Array(1)) + r.finish() + s.push('b') + s.finish()
const n: number = r.pending + r.maxHoldback + s.pending
const b: boolean = r.blocked
const options: StreamOptions = { highWaterMark: 16, encoding: null }
const t1: RedactStream = engine.redactStream(options)
const t2: RestoreStream = session.restoreStream()
const back: StreamRedactor = t1.redactor
const back2: StreamRestorer = t2.restorer
t1.pipe(t2).end()
// @ts-expect-error a number is not a chunk
r.push(42)
// @ts-expect-error the transform function is the wrapper's own
engine.redactStream({ transform: () => {} })
export { text, n, b, back, back2 }
`)
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'commonjs',
      '--target', 'es2020', path.join(dir, 'node-stub.d.ts'), path.join(dir, 'use.ts')], {
      encoding: 'utf8',
    })
  } catch (err) {
    assert.fail(`tsc: ${err.stdout || err.message}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
