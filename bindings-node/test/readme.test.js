'use strict'
// The README's JavaScript examples run as tests.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const veil = require('..')

const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8')
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1])
const AsyncFunction = (async () => {}).constructor

test('the README has JavaScript examples', () => {
  assert.ok(blocks.length >= 1)
})

test('README: pseudonymize a prompt, restore the answer', async () => {
  const example = blocks.find((b) => b.includes('callLLM'))
  assert.ok(example, 'the session example')
  const logged = []
  const seen = []
  // A stand-in for the model: it answers by quoting the placeholders it was sent.
  const callLLM = async (text) => {
    seen.push(text)
    const placeholders = text.match(/<[A-Z_]+_\d+>/g)
    return `Done. I emailed ${placeholders[0]} and will call ${placeholders[1]} (${placeholders[0]}).`
  }
  const run = new AsyncFunction('require', 'callLLM', 'console', example)
  await run((name) => (name === 'veil' ? veil : require(name)), callLLM, { log: (s) => logged.push(s) })
  assert.deepEqual(seen, ['Write to <EMAIL_ADDRESS_1> and call her at <PHONE_NUMBER_1>.'])
  assert.deepEqual(logged, [
    'Done. I emailed jane.doe@example.com and will call +1 415-555-2671 (jane.doe@example.com).',
  ])
})
