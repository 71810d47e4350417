'use strict'
// The shared golden cases (core/tests/cases/golden.json): every expected finding and nothing
// else, with the core's UTF-8 byte spans checked as JavaScript string indices.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { Engine } = require('..')

const file = path.join(__dirname, '../../core/tests/cases/golden.json')
const { cases } = JSON.parse(fs.readFileSync(file, 'utf8'))
const engine = new Engine()

/** The UTF-16 index (JavaScript string index) of a UTF-8 byte offset into `text`. */
function utf16Index(text, byteOffset) {
  return Buffer.from(text, 'utf8').subarray(0, byteOffset).toString('utf8').length
}

test('the golden file has cases', () => {
  assert.ok(cases.length >= 60, `${cases.length} cases`)
  assert.ok(cases.some((c) => /[^\x00-\x7f]/.test(c.text)), 'some cases are non-ASCII')
})

for (const c of cases) {
  test(`golden: ${c.id}`, () => {
    const want = c.findings.map((f) => ({
      type: f.type,
      start: utf16Index(c.text, f.start),
      end: utf16Index(c.text, f.end),
      text: f.text,
    }))
    const found = engine.scan(c.text)
    const got = found.map((f) => ({ type: f.type, start: f.start, end: f.end, text: f.text }))
    assert.deepEqual(got, want)
    for (const f of found) assert.equal(c.text.slice(f.start, f.end), f.text)
    // redact reports the same findings and removes every value.
    const out = engine.redact(c.text)
    assert.deepEqual(out.findings, found)
    for (const f of c.findings) assert.ok(!out.text.includes(f.text), `${f.text} survived`)
    if (c.findings.length === 0) assert.equal(out.text, c.text)
  })
}

test('golden: batches agree with single calls', async () => {
  const texts = cases.map((c) => c.text)
  assert.deepEqual(await engine.scanBatch(texts), texts.map((t) => engine.scan(t)))
  assert.deepEqual(await engine.redactBatch(texts), texts.map((t) => engine.redact(t)))
})
